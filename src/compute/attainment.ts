import { formatNumber } from '../format/numbers.js';
import { formatExact } from '../format/numbers.js';
import type { Attainment } from '../schema/figure.js';
import { TARGET_BASES } from '../schema/figure.js';

/** Result against target as a percentage: 58.782 of 52.020 → 113. Undefined without a target. */
export function attainment(value: number | undefined, target: number | undefined): number | undefined {
  if (value === undefined || target === undefined || target === 0) return undefined;
  return (value / target) * 100;
}

/** `du-toan` → `dự toán`; any other text prints as written; default `chỉ tiêu`. */
export function basisWord(basis: string | undefined): string {
  if (basis === undefined) return TARGET_BASES['chi-tieu'];
  return (TARGET_BASES as Record<string, string>)[basis] ?? basis;
}

/**
 * A computed percentage, at most 2 decimals, that never overstates: 99,996% of a
 * target is not "100%" while the target is not reached, and a share above zero is not "0%".
 */
export function computedPercent(percent: number): string {
  let text = formatNumber(percent, 2);
  if (text === '100' && percent < 100) text = '99,99';
  if (text === '0' && percent > 0) text = 'dưới 0,01';
  return `${text}%`;
}

/** `đạt 59,5% dự toán` (as stated), `đạt 113% chỉ tiêu` (computed), `đạt và vượt kế hoạch` (words). */
export function attainmentText(stated: Attainment | undefined, computed: number | undefined, basis: string | undefined): string | undefined {
  const word = basisWord(basis);
  if (stated && 'words' in stated) return `${stated.words} ${word}`;
  if (stated) return `đạt ${stated.percent.approx ? `${stated.percent.approx} ` : ''}${formatExact(stated.percent.value, stated.percent.decimals)}% ${word}`;
  if (computed !== undefined) return `đạt ${computedPercent(computed)} ${word}`;
  return undefined;
}
