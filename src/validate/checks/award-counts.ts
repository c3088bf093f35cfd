import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Award, AwardCount } from '../../schema/award.js';
import { countTally, hasSplit, tallyByForm } from '../../compute/award-tally.js';
import type { Located } from '../report-data.js';
import { placeOf } from './place-of.js';

/** Where a form has both a list and a count, the list wins; a disagreement is worth a warning. */
export function checkAwardCounts(awards: readonly Located<Award>[], counts: readonly Located<AwardCount>[]): Diagnostic[] {
  const listed = tallyByForm(awards.map((a) => a.value));
  const diagnostics: Diagnostic[] = [];
  for (const entry of counts) {
    const show = (t: readonly number[]) => `${t[0]}/${t[1]}/${t[2]}`;
    const { total } = entry.value;
    const split = countTally(entry.value);
    const splitSum = split[0] + split[1] + split[2];
    if (total !== undefined && hasSplit(entry.value) && total !== splitSum) {
      diagnostics.push(diagnostic('warning', 'AWARD_TOTAL_MISMATCH', { total, sum: splitSum, split: show(split) }, placeOf(entry, 'total')));
    }
    if (entry.value.form === undefined) continue;
    const tally = listed.get(entry.value.form);
    if (!tally) continue;
    const listedSum = tally[0] + tally[1] + tally[2];
    if (!hasSplit(entry.value)) {
      if (total !== undefined && total !== listedSum) diagnostics.push(diagnostic('warning', 'AWARD_COUNT_MISMATCH', { form: entry.value.form, counted: String(total), listed: String(listedSum) }, placeOf(entry)));
      continue;
    }
    const counted = split;
    if (counted.every((n, i) => n === tally[i])) continue;
    diagnostics.push(diagnostic('warning', 'AWARD_COUNT_MISMATCH', { form: entry.value.form, counted: show(counted), listed: show(tally) }, placeOf(entry)));
  }
  return diagnostics;
}
