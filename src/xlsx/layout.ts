import { z } from 'zod';

export { layoutOrDiagnostic, loadLayout, LayoutError } from '../render/layout-file.js';

/** One column of a declared sheet: a field of the row, a Handlebars expression, or a live formula. */
const ColumnSchema = z.strictObject({
  header: z.string(),
  key: z.string().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  /** `{row}` is the row number, `{col:key}` the letter of the column with that key. */
  formula: z.string().optional(),
  /** The row field that holds the formula's value, stored with it for readers that do not recalculate. */
  result: z.string().optional(),
  width: z.number().positive().optional(),
  /** An Excel number format, or `auto` (the digits as written) / `auto%` (a ratio as a percentage). */
  format: z.string().optional(),
  /** Used instead of `format` for a number with decimals (so 58782 prints 58.782 and 107.8 prints 107,80). */
  decimalFormat: z.string().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

const SheetSchema = z.strictObject({
  name: z.string(),
  rows: z.string(),
  title: z.array(z.string()).default([]),
  columns: z.array(ColumnSchema).min(1),
});

export const AwardListLayoutSchema = z.strictObject({
  sheet: z.string(),
  title: z.array(z.string()),
  groups: z.strictObject({ form: z.string(), recipient: z.string() }),
  columns: z.array(ColumnSchema).min(1),
  summary: z.strictObject({ sheet: z.string(), title: z.string() }),
});

export const AnnexLayoutSchema = z.strictObject({ sheets: z.array(SheetSchema).min(1) });

export type ColumnDef = z.infer<typeof ColumnSchema>;
export type SheetDef = z.infer<typeof SheetSchema>;
export type AwardListLayout = z.infer<typeof AwardListLayoutSchema>;
export type AnnexLayout = z.infer<typeof AnnexLayoutSchema>;

