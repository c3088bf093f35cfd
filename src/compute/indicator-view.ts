import { formatExact } from '../format/numbers.js';
import { INDICATOR_INFO } from '../schema/indicator-info.js';
import type { Indicator } from '../schema/indicator.js';
import { describeChange } from './change.js';
import { indicatorChange } from './indicator-change.js';

/** What is ranked when the data does not say: provinces, for the provincial indices. */
const PROVINCES = 'tỉnh, thành phố';

/**
 * `đứng thứ 48/61 tỉnh, thành phố`, `đứng thứ 2/9 huyện, thị xã, thành phố`; without a total
 * `đứng đầu các tỉnh, thành phố` and `đứng thứ 5` (`trong các …` only when the data names them).
 */
export function rankText(rank: number, of: number | undefined, among: string | undefined, named = false): string {
  const place = rank === 1 ? 'đứng đầu' : `đứng thứ ${rank}`;
  if (of === undefined) return !among ? place : rank === 1 ? `${place} các ${among}` : named ? `${place} trong các ${among}` : place;
  const total = rank === 1 ? ` ${of}` : `/${of}`;
  return `${place}${total}${among ? ` ${among}` : ''}`;
}

/** The latest year of one indicator, with its score, rank and the change against the year before. */
export function indicatorView(indicator: Indicator, all: readonly Indicator[]) {
  const info = INDICATOR_INFO[indicator.code];
  const among = indicator.among ?? (info?.provincial ? PROVINCES : undefined);
  const suffix = info?.suffix ?? ' điểm';
  const score = indicator.score;
  const scoreText = score ? `${score.approx ? `${score.approx} ` : ''}${formatExact(score.value, score.decimals)}${suffix}` : null;
  const change = indicatorChange(indicator, all);
  const parts: string[] = [];
  if (change?.rankGain !== undefined) parts.push(describeChange(change.rankGain, ' bậc', 0));
  if (change?.scoreChange !== undefined) parts.push(describeChange(change.scoreChange, suffix));
  const earlier = change?.earlierRank ? `năm ${change.previousYear} ${rankText(change.earlierRank.rank, change.earlierRank.of, undefined)}` : undefined;
  const against = parts.length ? `${parts.join(', ')} so với năm ${change!.previousYear}` : undefined;
  return {
    code: indicator.code,
    name: indicator.name ?? info?.name ?? indicator.code,
    shortName: info?.shortName ?? indicator.code,
    year: indicator.year,
    score: score?.value ?? null,
    scoreText,
    suffix,
    isPercent: suffix === '%',
    rank: indicator.rank ?? null,
    of: indicator.of ?? null,
    isFirst: indicator.rank === 1,
    rankText: indicator.rank !== undefined ? rankText(indicator.rank, indicator.of, among, indicator.among !== undefined) : null,
    previousYear: change?.previousYear ?? null,
    rankGain: change?.rankGain ?? null,
    scoreChange: change?.scoreChange ?? null,
    /** `tăng 3 bậc, tăng 1,25 điểm so với năm 2023` or `năm 2024 đứng thứ 12/63`. */
    changeText: [earlier, against].filter(Boolean).join('; ') || null,
    content: indicator.content ?? null,
  };
}

export type IndicatorView = ReturnType<typeof indicatorView>;

/** The latest year of each indicator, in the order the data first names them. */
export function latestIndicators(all: readonly Indicator[], earlier: readonly Indicator[] = []): IndicatorView[] {
  const codes = [...new Set(all.map((i) => i.code))];
  // The previous report's indicators only give a rank to compare with; a year both state is this report's.
  const known = new Set(all.map((i) => `${i.code} ${i.year}`));
  const compared = [...all, ...earlier.filter((i) => !known.has(`${i.code} ${i.year}`))];
  return codes.map((code) => indicatorView(all.filter((i) => i.code === code).sort((a, b) => b.year - a.year)[0], compared));
}
