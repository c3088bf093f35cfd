import type { ReportData } from '../schema/report-data.js';
import { awardList, type AwardFilters } from './award-rows.js';
import { columnReader } from './cell-values.js';
import type { AwardListLayout } from './layout.js';

const BOM = '\uFEFF'; // so Excel reads the file as UTF-8 and shows Vietnamese

/** The award list as CSV: the layout's columns, one line per award, in the list's order. */
export function awardCsv(data: ReportData, filters: AwardFilters, layout: AwardListLayout): { bytes: Uint8Array; rows: number } {
  const readers = layout.columns.map((c) => columnReader({ ...c, formula: undefined }, new Map(), () => undefined));
  const lines = [layout.columns.map((c) => csvField(c.header)).join(',')];
  let rows = 0;
  for (const item of awardList(data, filters).items) {
    if (item.type !== 'award') continue;
    rows++;
    lines.push(readers.map((read) => csvField(read(item.row as unknown as Record<string, unknown>, 0))).join(','));
  }
  return { bytes: Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8'), rows };
}

/**
 * Quoted when needed; text that a spreadsheet would take for a formula
 * (= + - @ at the start) gets a leading apostrophe so it stays text.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Quoted when it holds a separator (`,`, or `;` where the reader's list separator is one, as in
  // Vietnamese Excel): `Nguyễn Văn A;=1+1` then stays one text field and never starts a formula.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
