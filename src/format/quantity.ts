import type { Stated } from '../schema/stated-number.js';
import { isCountMeasure, isPercent } from './measure.js';
import { formatExact } from './numbers.js';

/**
 * A stated number with its measure, digits as written: `hơn 140 người`,
 * `39,381 tỷ đồng`, `59,5%`, `01 Liên hiệp hợp tác xã` (counts below 10 padded).
 */
export function quantityText(stated: Stated, measure: string | undefined, options: { pad?: boolean } = {}): string {
  const pad = (options.pad ?? true) && isCountMeasure(measure) && stated.decimals === 0 && stated.value >= 0 && stated.value < 10;
  const digits = pad ? `0${stated.value}` : formatExact(stated.value, stated.decimals);
  const number = stated.approx ? `${stated.approx} ${digits}` : digits;
  if (!measure) return number;
  return isPercent(measure) ? `${number}%` : `${number} ${measure}`;
}

/** `tăng 549 tỷ đồng`, `giảm 2,37%`, `giữ nguyên`: the sign becomes a word, the digits stay as written. */
export function changeText(stated: Stated, measure: string | undefined): string {
  if (stated.value === 0) return 'giữ nguyên';
  const magnitude: Stated = { ...stated, value: Math.abs(stated.value) };
  return `${stated.value > 0 ? 'tăng' : 'giảm'} ${quantityText(magnitude, measure, { pad: false })}`;
}

