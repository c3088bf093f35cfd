import { formatExact } from '../format/numbers.js';

/**
 * YAML reads `8.400` as 8,4: a count with up to three decimals was most likely
 * written with a thousands dot. The hint offers the two ways to write it.
 */
export function wholeCountHint(value: number): Record<string, string> {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  if (decimals === 0 || decimals > 3 || String(value).includes('e')) return {};
  const thousands = Math.round(value * 1000);
  return { suggestion: String(thousands), grouped: formatExact(thousands, 0) };
}
