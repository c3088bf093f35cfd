import Handlebars from 'handlebars';
import { FORMAT_HELPERS } from './helpers/format-helpers.js';
import { LOGIC_HELPERS } from './helpers/logic-helpers.js';

/**
 * The Handlebars of workbook layouts (titles, group rows, `value:` columns): one
 * isolated instance with the formatting helpers, each template compiled once.
 */
let instance: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

const HELPERS = { ...LOGIC_HELPERS, ...FORMAT_HELPERS };
/** Only our helpers: an unknown one is a compile error of the layout, found when the layout is read. */
const OPTIONS = { noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])) };

export function textTemplate(source: string): (context: object) => string {
  let template = compiled.get(source);
  if (!template) {
    instance ??= Handlebars.create();
    instance.registerHelper(HELPERS);
    template = instance.compile(source, OPTIONS);
    compiled.set(source, template);
  }
  return template;
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
