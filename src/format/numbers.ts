/** Vietnamese number formats: `1.677`, `40,73`, `81,93%` (shared/reference/conventions.md). */
const cache = new Map<number, Intl.NumberFormat>();

function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = cache.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0, useGrouping: 'always' as unknown as boolean });
    cache.set(maxDecimals, f);
  }
  return f;
}

/** `1677` → `1.677`; `40.73` → `40,73`; at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return formatter(decimals).format(rounded === 0 ? 0 : rounded); // never "-0"
}

/** `81.93` → `81,93%` (the value is already a percentage). */
export function formatPercent(value: number, decimals = 2): string {
  return `${formatNumber(value, decimals)}%`;
}

/** `18862484719` → `18.862.484.719 đồng`. */
export function formatMoney(value: number): string {
  return `${formatNumber(Math.round(value), 0)} đồng`;
}

/** Counts in administrative prose: `3` → `03` (habit, not a rule: off with width 0). */
export function pad2(value: number, width = 2): string {
  const text = formatNumber(value, 0);
  return Number.isInteger(value) && value >= 0 && text.length < width ? text.padStart(width, '0') : text;
}

/** Large sums the way reports round them: `39381000000` → `39,381 tỷ đồng`. */
export function formatBillions(value: number, decimals = 3): string {
  return `${formatNumber(value / 1e9, decimals)} tỷ đồng`;
}

const exactCache = new Map<number, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals, as it was written: `39.381, 3` → `39,381`; `21103.29, 2` → `21.103,29`. */
export function formatExact(value: number, decimals: number): string {
  const digits = Math.min(decimals, 20);
  let f = exactCache.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' as unknown as boolean });
    exactCache.set(digits, f);
  }
  return f.format(value === 0 ? 0 : value);
}
