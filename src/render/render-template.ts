import Handlebars from 'handlebars';
import { relative, sep } from 'node:path';
import { TEMPLATES_DIR } from '../package-paths.js';
import PRECOMPILED from './precompiled.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { AWARD_HELPERS } from './helpers/award-helpers.js';
import { CHANGE_HELPERS } from './helpers/change-helpers.js';
import { FORMAT_HELPERS } from './helpers/format-helpers.js';
import { LOGIC_HELPERS } from './helpers/logic-helpers.js';
import { numberingHelpers } from './helpers/numbering-helpers.js';
import { PAGE_BREAK } from './parse-markdown.js';
import type { TemplateFile, TemplateSet } from './template-files.js';
import { suggest } from '../validate/suggest.js';

/** Errors thrown inside a template carry the file they came from. */
interface TemplateError extends Error {
  templateFile?: string;
  templateText?: string;
  lineNumber?: number;
  column?: number;
  /** A helper that refused its arguments, and where it was called. */
  helper?: { name: string; loc?: { start: { line: number; column: number } } };
  candidates?: readonly string[];
}

type HelperFn = (...args: unknown[]) => unknown;

/** A report body is a few dozen pages: far past this, a template is looping over something it should not. */
const MAX_OUTPUT = 20_000_000;
const MAX_ITERATIONS = 1_000_000;

/** `{{#each}}` counted across the whole render: a template that would loop without bound stops with an error. */
function limitEach(hb: typeof Handlebars): void {
  const each = hb.helpers.each as HelperFn;
  let iterations = 0;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const list = args[0];
    iterations += Array.isArray(list) ? list.length : list && typeof list === 'object' ? Object.keys(list).length : 0;
    if (iterations > MAX_ITERATIONS) {
      const options = args[args.length - 1] as { loc?: { start: { line: number; column: number } } };
      throw Object.assign(new Error('TOO_LARGE'), { tooLarge: true, helper: { name: 'each', loc: options?.loc } });
    }
    return each.apply(this, args);
  });
}

/**
 * Every helper wrapped so that a refusal (`dateLong` given a year) becomes a template
 * error at the helper's own place in the template, in our words, not JavaScript's.
 */
function located(helpers: Record<string, HelperFn>): Record<string, HelperFn> {
  return Object.fromEntries(
    Object.entries(helpers).map(([name, fn]) => [
      name,
      function (this: unknown, ...args: unknown[]) {
        try {
          return fn.apply(this, args);
        } catch (error) {
          const options = args[args.length - 1] as { loc?: { start: { line: number; column: number } } } | undefined;
          const detail = error instanceof Error ? error.message.replace(new RegExp(`^${name}: `), '') : String(error);
          throw Object.assign(new Error(detail), { helper: { name, loc: options?.loc } });
        }
      },
    ]),
  );
}

/** Names a template may use: the helpers and every key of the view, for did-you-mean. */
function namesOf(view: object, helpers: readonly string[]): string[] {
  const names = new Set(helpers);
  const walk = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.slice(0, 3).forEach((v) => walk(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      names.add(key);
      walk(v, depth + 1);
    }
  };
  walk(view, 0);
  return [...names];
}

export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * Runs a template set over a view on a fresh Handlebars instance (so helpers and
 * partials never leak between builds). Strict: a field missing from the view is
 * an error naming the template file and line, never an empty string.
 */
export function renderTemplate(set: TemplateSet, view: object): { markdown?: string; diagnostics: Diagnostic[] } {
  const hb = Handlebars.create();
  const helpers = { ...LOGIC_HELPERS, ...FORMAT_HELPERS, ...CHANGE_HELPERS, ...AWARD_HELPERS, ...numberingHelpers(), pagebreak: () => PAGE_BREAK } as Record<string, HelperFn>;
  hb.registerHelper(located(helpers));
  limitEach(hb);
  try {
    for (const [name, file] of set.partials) {
      const compiled = compile(hb, file);
      hb.registerPartial(name, (context: unknown, options?: Handlebars.RuntimeOptions) => run(() => compiled(context, options), file));
    }
    const main = compile(hb, set.main);
    const markdown = run(() => main(view), set.main);
    if (markdown.length > MAX_OUTPUT) throw Object.assign(new Error('TOO_LARGE'), { templateFile: set.main.path, tooLarge: true });
    const printedObject = markdown.indexOf('[object Object]');
    if (printedObject >= 0) return { diagnostics: [objectPrinted(set, view)] };
    return { markdown, diagnostics: [] };
  } catch (error) {
    const templateError = error as TemplateError;
    if (templateError instanceof Error) templateError.candidates = namesOf(view, Object.keys(helpers));
    return { diagnostics: [toDiagnostic(templateError)] };
  }
}

function compile(hb: typeof Handlebars, file: TemplateFile): Handlebars.TemplateDelegate {
  // A built-in template as shipped runs from its build-time compilation (no parse, no code generation).
  const built = relative(TEMPLATES_DIR, file.path).split(sep).join('/');
  const precompiled = PRECOMPILED[built];
  if (precompiled && precompiled.text === file.text) return hb.template(precompiled.spec);
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(file.text); // syntax errors now, with the file known
  } catch (error) {
    throw annotate(error as TemplateError, file);
  }
  // The tree already parsed: Handlebars compiles it without parsing the text a second time.
  return hb.compile(ast, COMPILE_OPTIONS);
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
  if ((error as { tooLarge?: boolean }).tooLarge) {
    const start = error.helper?.loc?.start;
    return diagnostic('error', 'TEMPLATE_TOO_LARGE', {}, { file, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 });
  }
  if (error.helper) {
    const start = error.helper.loc?.start;
    return diagnostic('error', 'TEMPLATE_HELPER', { helper: error.helper.name, detail: message }, { file, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 });
  }
  if (parse) {
    const line = Number(parse[1]);
    return diagnostic('error', 'TEMPLATE_SYNTAX', { detail: parseReason(message) }, { file, line, column: parseColumn(message, error.templateText, line) });
  }
  if (missing) {
    const [line, column] = [Number(missing[2]), Number(missing[3]) + 1];
    const field = fullPath(error.templateText, line, column, missing[1]);
    const suggestion = suggest(missing[1], (error.candidates ?? []).filter((c) => c !== missing[1]));
    return diagnostic('error', 'TEMPLATE_MISSING_FIELD', { field, ...(suggestion ? { suggestion } : {}) }, { file, line, column });
  }
  // Anything else is a JavaScript error inside the template machinery: our words, the place when known.
  const line = error.lineNumber ?? 1;
  return diagnostic('error', 'TEMPLATE_ERROR', { detail: /^[A-Z][a-z]+Error\b|Cannot read|is not a function|undefined/.test(message) ? 'TEMPLATE_INTERNAL' : message.split('\n')[0] }, { file, line, column: (error.column ?? 0) + 1 });
}

/** Handlebars' parser reason in plain words: a block left open, an empty {{ }}, a stray }}. */
function parseReason(message: string): string {
  const got = /got '([A-Z_]+)'/.exec(message)?.[1];
  if (got === 'EOF') return 'mẫu hết mà một khối {{#…}} chưa được đóng bằng {{/…}}';
  if (got === 'CLOSE' || got === 'CLOSE_RAW_BLOCK') return 'thiếu tên trường hoặc helper trong {{ }}';
  if (got === 'OPEN_ENDBLOCK') return 'có {{/…}} mà không có {{#…}} mở trước';
  if (got === 'INVALID') return 'có ký tự không hợp lệ trong {{ }}';
  return 'cú pháp {{…}} không đúng';
}

/** The column of a parse error: where the text Handlebars shows before its caret ends on that line. */
function parseColumn(message: string, text: string | undefined, line: number): number {
  const [, shown, caret] = message.split('\n');
  const source = text?.split('\n')[line - 1];
  if (!shown || !caret || source === undefined) return 1;
  const before = shown.slice(0, caret.indexOf('^')).replace(/^\.\.\./, '');
  for (let take = Math.min(before.length, source.length); take > 0; take--) {
    const tail = before.slice(-take);
    const at = source.indexOf(tail);
    if (at >= 0) return at + tail.length + 1;
  }
  return 1;
}

/** A mustache that printed an object ("[object Object]"): the first one whose path names an object of the view. */
function objectPrinted(set: TemplateSet, view: object): Diagnostic {
  const resolve = (path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), view);
  for (const file of [set.main, ...set.partials.values()]) {
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      for (const m of lines[i].matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
        const value = resolve(m[1]);
        if (value && typeof value === 'object') {
          return diagnostic('error', 'TEMPLATE_PRINTS_OBJECT', { field: m[1] }, { file: relative(process.cwd(), file.path) || file.path, line: i + 1, column: m.index! + 1 });
        }
      }
    }
  }
  return diagnostic('error', 'TEMPLATE_PRINTS_OBJECT', { field: '?' }, { file: relative(process.cwd(), set.main.path) || set.main.path, line: 1, column: 1 });
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
