import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Award, AwardCount } from '../../schema/award.js';
import { countTally, tallyByForm } from '../../compute/award-tally.js';
import type { Located } from '../report-data.js';
import { placeOf } from './place-of.js';

/** Where a form has both a list and a count, the list wins; a disagreement is worth a warning. */
export function checkAwardCounts(awards: readonly Located<Award>[], counts: readonly Located<AwardCount>[]): Diagnostic[] {
  const listed = tallyByForm(awards.map((a) => a.value));
  const diagnostics: Diagnostic[] = [];
  for (const entry of counts) {
    if (entry.value.form === undefined) continue;
    const tally = listed.get(entry.value.form);
    if (!tally) continue;
    const counted = countTally(entry.value);
    if (counted.every((n, i) => n === tally[i])) continue;
    const show = (t: readonly number[]) => `${t[0]}/${t[1]}/${t[2]}`;
    diagnostics.push(diagnostic('warning', 'AWARD_COUNT_MISMATCH', { form: entry.value.form, counted: show(counted), listed: show(tally) }, placeOf(entry)));
  }
  return diagnostics;
}
