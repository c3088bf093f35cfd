import type { Award, AwardCount } from '../schema/award.js';

/** Counts of one form: collectives, individuals, households. */
export type Tally = [number, number, number];

const SLOT = { 'tap-the': 0, 'ca-nhan': 1, 'ho-gia-dinh': 2 } as const;

/** Listed awards counted per form and recipient kind. */
export function tallyByForm(awards: readonly Award[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const award of awards) {
    let tally = tallies.get(award.form);
    if (!tally) tallies.set(award.form, (tally = [0, 0, 0]));
    tally[SLOT[award.recipient]]++;
  }
  return tallies;
}

/** An `award_counts` entry as a tally (absent counts are 0). */
export const countTally = (count: AwardCount): Tally => [count.collectives ?? 0, count.individuals ?? 0, count.households ?? 0];

/** True when the entry gives a split by recipient kind; otherwise its `total` stands alone ("25 tập thể, cá nhân"). */
export const hasSplit = (count: AwardCount) => count.collectives !== undefined || count.individuals !== undefined || count.households !== undefined;
