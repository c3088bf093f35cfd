import { formatNumber } from '../format/numbers.js';

/** Change against the same period before, as a percentage: 18.862 after 15.718 → +20. */
export function percentChange(value: number | undefined, previous: number | undefined): number | undefined {
  if (value === undefined || previous === undefined || previous === 0) return undefined;
  return ((value - previous) / Math.abs(previous)) * 100;
}

/** `tăng 20%`, `giảm 1,5%`, `giữ nguyên` for a computed change. */
export function describeChange(delta: number, suffix: string, decimals = 2): string {
  const shown = formatNumber(Math.abs(delta), decimals);
  if (shown === '0') return 'giữ nguyên';
  return `${delta > 0 ? 'tăng' : 'giảm'} ${shown}${suffix}`;
}
