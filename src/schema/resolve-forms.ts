import { AWARD_CATALOGUE, RECIPIENT_KINDS, type AwardFormDef } from './award-catalogue.js';
import type { AwardForm } from './award.js';

/** The catalogue with the report's own forms added; a report's form with a catalogue id overrides it. */
export function resolveForms(own: readonly AwardForm[]): Map<string, AwardFormDef> {
  const forms = new Map(AWARD_CATALOGUE.map((f) => [f.id, f]));
  for (const f of own) forms.set(f.id, { id: f.id, name: f.name, precedence: f.precedence, recipients: f.recipients ?? RECIPIENT_KINDS });
  return forms;
}
