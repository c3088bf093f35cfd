import Handlebars from 'handlebars';
import { relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { AWARD_HELPERS } from './helpers/award-helpers.js';
import { CHANGE_HELPERS } from './helpers/change-helpers.js';
import { FORMAT_HELPERS } from './helpers/format-helpers.js';
import { LOGIC_HELPERS } from './helpers/logic-helpers.js';
import { numberingHelpers } from './helpers/numbering-helpers.js';
import { PAGE_BREAK } from './parse-markdown.js';
import type { TemplateFile, TemplateSet } from './template-files.js';

/** Errors thrown inside a template carry the file they came from. */
interface TemplateError extends Error {
  templateFile?: string;
  templateText?: string;
  lineNumber?: number;
  column?: number;
}

const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * Runs a template set over a view on a fresh Handlebars instance (so helpers and
 * partials never leak between builds). Strict: a field missing from the view is
 * an error naming the template file and line, never an empty string.
 */
export function renderTemplate(set: TemplateSet, view: object): { markdown?: string; diagnostics: Diagnostic[] } {
  const hb = Handlebars.create();
  hb.registerHelper({ ...LOGIC_HELPERS, ...FORMAT_HELPERS, ...CHANGE_HELPERS, ...AWARD_HELPERS, ...numberingHelpers(), pagebreak: () => PAGE_BREAK });
  try {
    for (const [name, file] of set.partials) {
      const compiled = compile(hb, file);
      hb.registerPartial(name, (context: unknown, options?: Handlebars.RuntimeOptions) => run(() => compiled(context, options), file));
    }
    const main = compile(hb, set.main);
    const markdown = run(() => main(view), set.main);
    return { markdown, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [toDiagnostic(error as TemplateError)] };
  }
}

function compile(hb: typeof Handlebars, file: TemplateFile): Handlebars.TemplateDelegate {
  try {
    hb.parse(file.text); // syntax errors now, with the file known
  } catch (error) {
    throw annotate(error as TemplateError, file);
  }
  return hb.compile(file.text, COMPILE_OPTIONS);
}

function run<T>(fn: () => T, file: TemplateFile): T {
  try {
    return fn();
  } catch (error) {
    throw annotate(error as TemplateError, file);
  }
}

function annotate(error: TemplateError, file: TemplateFile): TemplateError {
  if (error instanceof Error && !error.templateFile) Object.assign(error, { templateFile: file.path, templateText: file.text });
  return error;
}

function toDiagnostic(error: TemplateError): Diagnostic {
  if (!(error instanceof Error) || !error.templateFile) throw error;
  const file = relative(process.cwd(), error.templateFile) || error.templateFile;
  const message = error.message;
  const parse = /Parse error on line (\d+)/.exec(message);
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (parse) return diagnostic('error', 'TEMPLATE_SYNTAX', { detail: message.split('\n').slice(-1)[0] }, { file, line: Number(parse[1]), column: 1 });
  if (missing) {
    const [line, column] = [Number(missing[2]), Number(missing[3]) + 1];
    const field = fullPath(error.templateText, line, column, missing[1]);
    return diagnostic('error', 'TEMPLATE_MISSING_FIELD', { field }, { file, line, column });
  }
  const line = error.lineNumber ?? 1;
  return diagnostic('error', 'TEMPLATE_ERROR', { detail: message.split('\n')[0] }, { file, line, column: (error.column ?? 0) + 1 });
}

/** Handlebars names only the last step (`co` of `khong.co`): read the whole path from the mustache. */
function fullPath(text: string | undefined, line: number, column: number, name: string): string {
  const source = text?.split('\n')[line - 1] ?? '';
  const start = source.lastIndexOf('{{', column - 1);
  const end = source.indexOf('}}', column - 1);
  const mustache = start >= 0 && end >= 0 ? source.slice(start, end + 2) : '';
  const paths = mustache.match(/[\w@][\w.@/-]*/g) ?? [];
  return paths.find((p) => p === name || p.endsWith(`.${name}`) || p.split('.').includes(name)) ?? name;
}
