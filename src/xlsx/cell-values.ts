import { xmlSafe } from '../write/xml-safe.js';
import type { ColumnDef } from './layout.js';
import { textTemplate } from '../render/text-template.js';

/** Excel refuses longer cell texts. */
export const MAX_CELL_TEXT = 32767;

export type CellValue = string | number | Date | boolean | null | { formula: string; result?: number | string };

/** Turns a column's declaration into a function from a row to its cell value. */
export function columnReader(column: ColumnDef, letters: ReadonlyMap<string, string>, onTruncate: (length: number) => void) {
  const template = column.value ? textTemplate(column.value) : undefined;
  return (row: Record<string, unknown>, rowNumber: number): CellValue => {
    if (column.formula) {
      const formula = column.formula.replace(/\{row\}/g, String(rowNumber)).replace(/\{col:(\w+)\}/g, (_, key: string) => letters.get(key) ?? key);
      const result = column.result ? row[column.result] : undefined;
      return typeof result === 'number' || typeof result === 'string' ? { formula, result } : { formula };
    }
    // Only the row's own fields: `field: constructor` names nothing, not Object's constructor.
    const raw = template ? template(row) : column.field && Object.hasOwn(row, column.field) ? row[column.field] : null;
    if (raw === undefined || raw === null || raw === '') return null;
    if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
    // A row may carry its own formula (a total only where the values add up).
    if (typeof raw === 'object' && typeof (raw as { formula?: unknown }).formula === 'string') return raw as CellValue;
    const text = xmlSafe(String(raw));
    if (text.length <= MAX_CELL_TEXT) return text;
    onTruncate(text.length);
    return text.slice(0, MAX_CELL_TEXT - 1) + '…';
  };
}

/** A, B, … Z, AA … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
