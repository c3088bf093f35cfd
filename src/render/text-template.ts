import Handlebars from 'handlebars';
import { FORMAT_HELPERS } from './helpers/format-helpers.js';
import { LOGIC_HELPERS } from './helpers/logic-helpers.js';
import { directTemplate } from './direct-template.js';

/**
 * The Handlebars of workbook layouts (titles, group rows, `value:` columns), each template
 * compiled once. Each gets an instance holding only the helpers it names: Handlebars wraps
 * every registered helper again on each call, and a `value:` column is called once per row
 * (100k rows: a quarter of a second spent wrapping helpers the template never uses).
 */
const compiled = new Map<string, Handlebars.TemplateDelegate>();

const HELPERS = { ...LOGIC_HELPERS, ...FORMAT_HELPERS };
/** Only our helpers: an unknown one is a compile error of the layout, found when the layout is read. */
const OPTIONS = { noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])) };

export function textTemplate(source: string): (context: object) => string {
  let template = compiled.get(source);
  if (!template) {
    template = (directTemplate(source, HELPERS as Record<string, (...args: unknown[]) => unknown>) as Handlebars.TemplateDelegate | undefined) ?? handlebarsTemplate(source);
    compiled.set(source, template);
  }
  return template;
}

/** Anything past the direct path: a Handlebars instance holding only the helpers the text names. */
function handlebarsTemplate(source: string): Handlebars.TemplateDelegate {
  const instance = Handlebars.create();
  instance.registerHelper(Object.fromEntries(Object.entries(HELPERS).filter(([name]) => new RegExp(`[{(\\s#]${name}[\\s})]`).test(source))));
  return instance.compile(source, OPTIONS);
}

/** Why a layout's template text cannot run (a syntax error, an unknown helper), or undefined. */
export function templateProblem(source: string): string | undefined {
  try {
    Handlebars.precompile(source, OPTIONS);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const helper = /unknown helper (\S+)/.exec(message)?.[1];
    return helper ? `helper ${helper} không có (unknown helper)` : message.split('\n').slice(-1)[0];
  }
}
