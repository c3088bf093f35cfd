import type { Ocop } from '../schema/indicator.js';

export interface OcopClass {
  readonly key: 'three_star' | 'four_star' | 'five_star' | 'potential_five_star';
  readonly label: string;
  readonly count: number;
  /** Whole percent; the shares of one year add up to 100. */
  readonly share: number;
  /** `75%`; a class that rounds to 0 while it has products reads `dưới 1%`, never `0%`. */
  readonly shareText: string;
}

export interface OcopSummary {
  readonly year: number;
  readonly subjects?: number;
  readonly products: number;
  readonly classes: readonly OcopClass[];
}

const CLASSES = [
  ['three_star', '3 sao'],
  ['four_star', '4 sao'],
  ['five_star', '5 sao'],
  ['potential_five_star', 'tiềm năng 5 sao'],
] as const;

/**
 * Products by star class with shares rounded by largest remainder, so they add up
 * to 100: 141 / 38 / 3 / 6 of 188 → 75 / 20 / 2 / 3.
 */
export function ocopSummary(entry: Ocop): OcopSummary {
  const counts = CLASSES.map(([key]) => entry[key] ?? 0);
  const products = counts.reduce((a, b) => a + b, 0);
  const shares = largestRemainder(counts, 100);
  return {
    year: entry.year,
    subjects: entry.subjects,
    products,
    classes: CLASSES.map(([key, label], i) => ({ key, label, count: counts[i], share: shares[i], shareText: shares[i] === 0 && counts[i] > 0 ? 'dưới 1%' : `${shares[i]}%` })).filter((c) => c.count > 0),
  };
}

/** Whole parts of `total` proportional to `weights`, summing exactly to `total` (0s when all weights are 0). */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    parts[i]++;
    missing--;
  }
  return parts;
}
