import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { AwardFormDef } from '../../schema/award-catalogue.js';
import type { Award, AwardCount } from '../../schema/award.js';
import type { Located } from '../report-data.js';
import { placeOf } from './place-of.js';

const COUNT_FIELDS = { collectives: 'tap-the', individuals: 'ca-nhan', households: 'ho-gia-dinh' } as const;

/** A Cờ thi đua goes to collectives only, a Chiến sĩ thi đua to individuals only… */
export function checkAwardRecipients(
  awards: readonly Located<Award>[],
  counts: readonly Located<AwardCount>[],
  forms: ReadonlyMap<string, AwardFormDef>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const refuse = (form: AwardFormDef, recipient: string, entry: Located<unknown>, field: string) =>
    diagnostics.push(diagnostic('error', 'RECIPIENT_NOT_ADMITTED', { form: form.name, recipient, choices: form.recipients.join(', ') }, placeOf(entry, field)));
  for (const entry of awards) {
    const form = forms.get(entry.value.form);
    if (form && !form.recipients.includes(entry.value.recipient)) refuse(form, entry.value.recipient, entry, 'recipient');
  }
  for (const entry of counts) {
    const form = entry.value.form === undefined ? undefined : forms.get(entry.value.form);
    if (!form) continue;
    for (const [field, recipient] of Object.entries(COUNT_FIELDS)) {
      const n = entry.value[field as keyof typeof COUNT_FIELDS] ?? 0;
      if (n > 0 && !form.recipients.includes(recipient)) refuse(form, recipient, entry, field);
    }
  }
  return diagnostics;
}
