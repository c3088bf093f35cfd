import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Award, AwardCount } from '../../schema/award.js';
import type { Located } from '../report-data.js';
import { placeOf } from './place-of.js';

/** Where a form has both a list and a count, the list wins; a disagreement is worth a warning. */
export function checkAwardCounts(awards: readonly Located<Award>[], counts: readonly Located<AwardCount>[]): Diagnostic[] {
  const listed = new Map<string, [number, number, number]>();
  for (const { value } of awards) {
    const tally = listed.get(value.form) ?? [0, 0, 0];
    tally[value.recipient === 'tap-the' ? 0 : value.recipient === 'ca-nhan' ? 1 : 2]++;
    listed.set(value.form, tally);
  }
  const diagnostics: Diagnostic[] = [];
  for (const entry of counts) {
    const tally = listed.get(entry.value.form);
    if (!tally) continue;
    const counted: [number, number, number] = [entry.value.collectives ?? 0, entry.value.individuals ?? 0, entry.value.households ?? 0];
    if (counted.every((n, i) => n === tally[i])) continue;
    const show = (t: readonly number[]) => `${t[0]}/${t[1]}/${t[2]}`;
    diagnostics.push(diagnostic('warning', 'AWARD_COUNT_MISMATCH', { form: entry.value.form, counted: show(counted), listed: show(tally) }, placeOf(entry)));
  }
  return diagnostics;
}
