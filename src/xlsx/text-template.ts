import Handlebars from 'handlebars';
import { FORMAT_HELPERS } from '../render/helpers/format-helpers.js';
import { LOGIC_HELPERS } from '../render/helpers/logic-helpers.js';

/**
 * The Handlebars of workbook layouts (titles, group rows, `value:` columns): one
 * isolated instance with the formatting helpers, each template compiled once.
 */
let instance: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function textTemplate(source: string): (context: object) => string {
  let template = compiled.get(source);
  if (!template) {
    instance ??= Handlebars.create();
    instance.registerHelper({ ...LOGIC_HELPERS, ...FORMAT_HELPERS });
    template = instance.compile(source, { noEscape: true });
    compiled.set(source, template);
  }
  return template;
}
