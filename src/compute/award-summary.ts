import type { AwardFormDef } from '../schema/award-catalogue.js';
import type { Award, AwardCount } from '../schema/award.js';
import { countTally, hasSplit, tallyByForm } from './award-tally.js';
import { labelOf } from './recipient-label.js';
import { deferredList } from '../format/deferred-list.js';

export interface NamedRecipient {
  readonly name: string;
  /** As a list prints it: `Ông Trần Trí Dũng`, `Bà …` when `gender` is given; a collective by its name. */
  readonly label: string;
}


export interface AwardSummaryRow {
  /** Null for `award_counts` that do not say the form ("khen thưởng 25 tập thể, cá nhân"). */
  readonly form: string | null;
  readonly name: string | null;
  /** Printed after the form's name: "Cờ thi đua của Chính phủ (ngành Giáo dục)". */
  readonly note: string | null;
  readonly precedence: number;
  readonly collectives: number;
  readonly individuals: number;
  readonly households: number;
  /** Recipients counted without a split by kind (`total` alone). */
  readonly unsplit: number;
  readonly total: number;
  /** The listed recipients, in the order of the data (empty for counts). */
  readonly recipients: readonly NamedRecipient[];
}

/**
 * Awards by form in precedence order, each with collective / individual / household
 * counts. A form with a list is counted from the list; `award_counts` fill in the rest,
 * one row per form and note; counts without a form come last.
 */
export function awardSummary(awards: readonly Award[], counts: readonly AwardCount[], forms: ReadonlyMap<string, AwardFormDef>): AwardSummaryRow[] {
  const rows = new Map<string, { form: string | null; note: string | null; tally: number[]; listed: Award[] }>();
  const row = (form: string | null, note: string | null) => {
    const key = `${form ?? ''}\u0000${note ?? ''}`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { form, note, tally: [0, 0, 0, 0], listed: [] }));
    return entry;
  };
  const tallies = tallyByForm(awards);
  for (const award of awards) row(award.form, null).listed.push(award);
  for (const [form, tally] of tallies) tally.forEach((n, i) => (row(form, null).tally[i] += n));
  for (const count of counts) {
    if (count.form !== undefined && tallies.has(count.form)) continue;
    const entry = row(count.form ?? null, count.note ?? null);
    if (hasSplit(count)) countTally(count).forEach((n, i) => (entry.tally[i] += n));
    else entry.tally[3] += count.total ?? 0;
  }
  return [...rows.values()]
    .map(({ form, note, tally: [collectives, individuals, households, unsplit], listed }) => {
      const def = form ? forms.get(form) : undefined;
      return {
        form,
        name: form ? def?.name ?? form : null,
        note,
        precedence: form ? def?.precedence ?? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER,
        collectives,
        individuals,
        households,
        unsplit,
        total: collectives + individuals + households + unsplit,
        // Made only when a template reads them: most print a form's count, a few name up to five.
        recipients: deferredList(listed.length, () => listed.map((award) => ({ name: award.name, label: labelOf(award) }))),
      };
    })
    .filter((r) => r.total > 0)
    .sort((a, b) => a.precedence - b.precedence || (a.form ?? '').localeCompare(b.form ?? '') || (a.note ?? '').localeCompare(b.note ?? ''));
}

export function summaryTotals(rows: readonly AwardSummaryRow[]) {
  const sum = (key: 'collectives' | 'individuals' | 'households' | 'unsplit') => rows.reduce((n, r) => n + r[key], 0);
  const collectives = sum('collectives');
  const individuals = sum('individuals');
  const households = sum('households');
  const unsplit = sum('unsplit');
  return { collectives, individuals, households, unsplit, total: collectives + individuals + households + unsplit };
}
