import type { Indicator } from '../schema/indicator.js';

export interface IndicatorChange {
  readonly previousYear: number;
  /** Places gained (48 → 45 is +3): only when both years rank out of the same total. */
  readonly rankGain?: number;
  /** The earlier rank as it was, when the totals differ (63 provinces before 2025, 34 after). */
  readonly earlierRank?: { readonly rank: number; readonly of?: number };
  readonly scoreChange?: number;
}

/** Against the latest earlier year of the same indicator, where both have the figure. */
export function indicatorChange(current: Indicator, all: readonly Indicator[]): IndicatorChange | undefined {
  const earlier = all.filter((i) => i.code === current.code && i.year < current.year).sort((a, b) => b.year - a.year)[0];
  if (!earlier) return undefined;
  const bothRanked = current.rank !== undefined && earlier.rank !== undefined;
  const sameScale = current.of === earlier.of;
  return {
    previousYear: earlier.year,
    rankGain: bothRanked && sameScale ? earlier.rank! - current.rank! : undefined,
    earlierRank: earlier.rank !== undefined && !(bothRanked && sameScale) ? { rank: earlier.rank, of: earlier.of } : undefined,
    scoreChange: current.score !== undefined && earlier.score !== undefined ? current.score.value - earlier.score.value : undefined,
  };
}
