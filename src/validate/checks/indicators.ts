import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { INDICATOR_INFO } from '../../schema/indicator-info.js';
import type { Indicator, Ocop } from '../../schema/indicator.js';
import type { Located } from '../report-data.js';
import { placeOf, showPlace } from './place-of.js';

/** Ranks within totals, province counts, percent and score scales, one entry per code and year. */
export function checkIndicators(indicators: readonly Located<Indicator>[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, Located<Indicator>>();
  for (const entry of indicators) {
    const { code, year, rank, of } = entry.value;
    const score = entry.value.score?.value;
    const info = INDICATOR_INFO[code];
    if (!info && !entry.value.name) diagnostics.push(diagnostic('error', 'INDICATOR_NAME_REQUIRED', { code }, placeOf(entry, 'code')));
    if (rank !== undefined && of !== undefined && rank > of) diagnostics.push(diagnostic('error', 'RANK_OVER_OF', { rank, of }, placeOf(entry, 'rank')));
    if (info?.provincial && of !== undefined && of > 63) diagnostics.push(diagnostic('error', 'OF_OVER_PROVINCES', { code, of }, placeOf(entry, 'of')));
    if (info?.percent && score !== undefined && score > 100) diagnostics.push(diagnostic('error', 'PERCENT_OVER_100', { code, score }, placeOf(entry, 'score')));
    else if (info?.maxScore !== undefined && score !== undefined && score > info.maxScore) {
      diagnostics.push(diagnostic('error', 'SCORE_OVER_MAX', { code, score, max: info.maxScore }, placeOf(entry, 'score')));
    }
    const key = `${code} ${year}`;
    const earlier = seen.get(key);
    if (earlier) diagnostics.push(diagnostic('error', 'DUPLICATE_INDICATOR', { code, year, other: showPlace(placeOf(earlier)) }, placeOf(entry)));
    else seen.set(key, entry);
  }
  return diagnostics;
}

export function checkOcopYears(ocop: readonly Located<Ocop>[]): Diagnostic[] {
  const seen = new Map<number, Located<Ocop>>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of ocop) {
    const earlier = seen.get(entry.value.year);
    if (earlier) diagnostics.push(diagnostic('error', 'DUPLICATE_OCOP_YEAR', { year: entry.value.year, other: showPlace(placeOf(earlier)) }, placeOf(entry, 'year')));
    else seen.set(entry.value.year, entry);
  }
  return diagnostics;
}
