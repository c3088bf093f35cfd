import { z } from 'zod';
import { fromNumber, parseNumberText, type Stated } from './stated-number.js';

/** Error codes carried in zod's `error` so the issue mapper can keep them. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const id = (description: string) => z.string().regex(ID_PATTERN, { error: 'BAD_ID' }).describe(description);

export const text = (description: string) => z.string().min(1, { error: 'EMPTY_TEXT' }).describe(description);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `2023-02-29` is not on the calendar; arithmetic rather than a Date per value (100k awards). */
export function isRealDate(value: string): boolean {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]);
}

export const isoDate = (description: string) =>
  z
    .string()
    .regex(DATE_PATTERN, { error: 'BAD_DATE', abort: true })
    .refine(isRealDate, { error: 'IMPOSSIBLE_DATE', abort: true })
    .describe(description);

export const year = (description: string) => z.int().min(1900).max(2200).describe(description);


/**
 * A number as written: a YAML number, or a quoted Vietnamese text (`"58.782"`,
 * `"39,381"`, `"hơn 140"`). `whole` refuses fractions (counts of things),
 * `nonnegative` refuses values below zero, `plain` refuses a qualifier.
 */
export const stated = (description: string, rules: { whole?: boolean; nonnegative?: boolean; plain?: boolean } = {}) =>
  z
    .union([z.number(), z.string()])
    .transform((input, ctx): Stated => {
      const fail = (code: string) => {
        ctx.issues.push({ code: 'custom', message: code, input });
        return z.NEVER;
      };
      const result = typeof input === 'number' ? fromNumber(input) : parseNumberText(input);
      if (typeof result === 'string') return fail(result);
      // Past 2^53 a number is no longer the digits written (9007199254740993 reads …992).
      if (Math.abs(result.value) > Number.MAX_SAFE_INTEGER) return fail('NUMBER_TOO_LARGE');
      if (rules.whole && !Number.isInteger(result.value)) return fail('NOT_WHOLE_COUNT');
      if (rules.nonnegative && result.value < 0) return fail('NEGATIVE');
      if (rules.plain && result.approx) return fail('QUALIFIER_NOT_ALLOWED');
      return result;
    })
    .describe(description);

/** A count that is added up (award counts, OCOP products): a whole number ≥ 0, quoted text allowed, no qualifier. */
export const count = (description: string) => stated(description, { whole: true, nonnegative: true, plain: true }).transform((s) => s.value);
