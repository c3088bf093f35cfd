import type { Indicator } from '../schema/indicator.js';

export interface IndicatorChange {
  /** Places gained: positive when the rank number fell (48 → 45 is +3, "tăng 3 bậc"). */
  readonly rankGain?: number;
  readonly scoreChange?: number;
  readonly previousYear: number;
}

/** Against the latest earlier year of the same indicator, where both have the figure. */
export function indicatorChange(current: Indicator, all: readonly Indicator[]): IndicatorChange | undefined {
  const earlier = all.filter((i) => i.code === current.code && i.year < current.year).sort((a, b) => b.year - a.year)[0];
  if (!earlier) return undefined;
  return {
    previousYear: earlier.year,
    rankGain: current.rank !== undefined && earlier.rank !== undefined ? earlier.rank - current.rank : undefined,
    scoreChange: current.score !== undefined && earlier.score !== undefined ? current.score - earlier.score : undefined,
  };
}
