import type { AwardFormDef } from '../schema/award-catalogue.js';
import type { Award, AwardCount } from '../schema/award.js';
import { countTally, tallyByForm } from './award-tally.js';

export interface AwardSummaryRow {
  readonly form: string;
  readonly name: string;
  readonly precedence: number;
  readonly collectives: number;
  readonly individuals: number;
  readonly households: number;
  readonly total: number;
}

/**
 * Awards by form in precedence order, each with collective / individual / household
 * counts. A form with a list is counted from the list; `award_counts` fill in the rest.
 */
export function awardSummary(
  awards: readonly Award[],
  counts: readonly AwardCount[],
  forms: ReadonlyMap<string, AwardFormDef>,
): AwardSummaryRow[] {
  const tallies = tallyByForm(awards);
  const listed = new Set(tallies.keys());
  for (const count of counts) {
    if (listed.has(count.form)) continue;
    const tally = tallies.get(count.form) ?? [0, 0, 0];
    countTally(count).forEach((n, i) => (tally[i] += n));
    tallies.set(count.form, tally);
  }
  return [...tallies]
    .map(([id, [collectives, individuals, households]]) => {
      const form = forms.get(id);
      return { form: id, name: form?.name ?? id, precedence: form?.precedence ?? Number.MAX_SAFE_INTEGER, collectives, individuals, households, total: collectives + individuals + households };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => a.precedence - b.precedence || a.form.localeCompare(b.form));
}

export function summaryTotals(rows: readonly AwardSummaryRow[]) {
  const sum = (key: 'collectives' | 'individuals' | 'households') => rows.reduce((n, r) => n + r[key], 0);
  const collectives = sum('collectives');
  const individuals = sum('individuals');
  const households = sum('households');
  return { collectives, individuals, households, total: collectives + individuals + households };
}
