/**
 * A number as the source states it: its value, the decimals it was written with
 * (so `39,381` prints `39,381`, never `39,38`) and a leading qualifier (`hơn 140`).
 */
export interface Stated {
  readonly value: number;
  /** Digits after the decimal comma as written; printing keeps exactly these. */
  readonly decimals: number;
  /** `hơn`, `gần`, `khoảng`, `trên`, `dưới`, `ước`: printed before the value. */
  readonly approx?: string;
  /** True when the text had a decimal comma (`58,782`): a hint then speaks of the comma. */
  readonly comma?: boolean;
}

/** The `approx` codes and the words they print, the same words a quoted text may start with. */
export const APPROX_WORDS = { hon: 'hơn', gan: 'gần', khoang: 'khoảng', tren: 'trên', duoi: 'dưới', uoc: 'ước' } as const;
export type ApproxCode = keyof typeof APPROX_WORDS;
const QUALIFIERS: readonly string[] = Object.values(APPROX_WORDS);

/** Decimals of a number as JavaScript writes it back: 40.73 → 2, 83 → 0 (1e-7 → 7). */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

export const fromNumber = (value: number): Stated => ({ value, decimals: decimalsOf(value) });

/** Why a Vietnamese number text could not be read; the codes are diagnostic codes. */
export type NumberTextError = 'BAD_NUMBER_TEXT' | 'BAD_QUALIFIER' | 'DOT_DECIMAL_TEXT';

/**
 * `"58.782"` → 58782, `"39,381"` → 39.381, `"18.862.484.719"`, `"hơn 140"`, `"-2,37"`.
 * Dots group thousands and the comma marks decimals, as Vietnamese writes them;
 * `"40.73"` (a dot that cannot be grouping) is refused rather than guessed.
 */
export function parseNumberText(input: string): Stated | NumberTextError {
  const text = input.trim().replace(/\s+/g, ' ');
  const match = /^(?:(\p{L}+(?: \p{L}+)?) )?([-−]?)(\d[\d.]*)(?:,(\d+))?$/u.exec(text);
  if (!match) return 'BAD_NUMBER_TEXT';
  const [, word, minus, whole, fraction] = match;
  let approx: string | undefined;
  if (word !== undefined) {
    approx = word.toLocaleLowerCase('vi');
    if (!QUALIFIERS.includes(approx)) return 'BAD_QUALIFIER';
  }
  if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return /^\d+\.\d+$/.test(whole) && fraction === undefined ? 'DOT_DECIMAL_TEXT' : 'BAD_NUMBER_TEXT';
  const digits = whole.replace(/\./g, '');
  const value = Number(`${minus ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`);
  return { value, decimals: fraction?.length ?? 0, ...(approx ? { approx } : {}), ...(fraction !== undefined ? { comma: true } : {}) };
}

/** A stated number with another qualifier (the figure's `approx`), the text's own winning. */
export const withApprox = (stated: Stated, code: ApproxCode | undefined): Stated =>
  stated.approx || !code ? stated : { ...stated, approx: APPROX_WORDS[code] };
