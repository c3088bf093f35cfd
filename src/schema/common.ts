import { z } from 'zod';

/** Error codes carried in zod's `error` so the issue mapper can keep them. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const id = (description: string) => z.string().regex(ID_PATTERN, { error: 'BAD_ID' }).describe(description);

export const text = (description: string) => z.string().min(1, { error: 'EMPTY_TEXT' }).describe(description);

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = (description: string) =>
  z
    .string()
    .regex(DATE_PATTERN, { error: 'BAD_DATE' })
    .refine(isRealDate, { error: 'IMPOSSIBLE_DATE', abort: true })
    .describe(description);

export const year = (description: string) => z.int().min(1900).max(2200).describe(description);

export const count = (description: string) => z.int().nonnegative().describe(description);

export const amount = (description: string) => z.number().nonnegative().describe(description);
