/**
 * What a figure's measure says about its numbers: money and percentages print
 * their own way; counts of things are whole numbers and zero-padded in prose.
 */
const MONEY = /(^|\s)(đồng|usd|đô la|euro)$/i;
const NOT_COUNTS = new Set([
  '%', 'điểm', 'phần trăm',
  'ha', 'hécta', 'héc-ta', 'km', 'km2', 'km²', 'm', 'm2', 'm²', 'm3', 'm³', 'mét', 'mét vuông', 'mét khối', 'cm',
  'tấn', 'tạ', 'kg', 'yến', 'lít', 'kwh', 'mw', 'kw', 'gwh', 'năm', 'tháng', 'ngày', 'giờ', 'lần', 'bậc',
]);

export const isMoney = (measure: string | undefined) => measure !== undefined && MONEY.test(measure.trim());
export const isPercent = (measure: string | undefined) => measure?.trim() === '%';

/** A measure that counts things (hộ, sản phẩm, lao động …): not money, %, điểm or a physical quantity. */
export function isCountMeasure(measure: string | undefined): boolean {
  if (measure === undefined || measure.trim() === '') return false;
  const m = measure.trim().toLocaleLowerCase('vi');
  return !isMoney(m) && !NOT_COUNTS.has(m) && !m.startsWith('%') && !/\/|\bphần\b/.test(m);
}

/** A measure whose values add up across units (counts, money, quantities): not %, điểm, a rank or a rate. */
export function isAdditiveMeasure(measure: string | undefined): boolean {
  const m = (measure ?? '').trim().toLocaleLowerCase('vi');
  return !m.includes('%') && !/\b(điểm|phần trăm|hạng|bậc|thứ)\b/u.test(m) && !m.includes('/');
}
