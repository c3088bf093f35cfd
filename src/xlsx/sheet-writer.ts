import type ExcelJS from 'exceljs';
import type { CellValue } from './cell-values.js';
import { columnLetter } from './cell-values.js';
import { xmlSafe } from '../write/xml-safe.js';
import type { ColumnDef } from './layout.js';

/** What one sheet holds, in order: group header rows, data rows, a total row. */
export type SheetItem =
  | { readonly kind: 'group'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'row'; readonly values: readonly CellValue[] }
  | { readonly kind: 'total'; readonly values: readonly CellValue[] };

export interface SheetSpec {
  readonly name: string;
  readonly title: readonly string[];
  readonly columns: readonly ColumnDef[];
  readonly items: Iterable<SheetItem>;
  /** Rows used to fit the column widths (the first thousand or so). */
  readonly sample: readonly SheetItem[];
  readonly landscape: boolean;
}

const FONT = 'Times New Roman';
const TEXT_SIZE = 12;
const LINE_HEIGHT = 16; // points, for 12 pt text
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** ND30 margins in inches: top and bottom 20 mm, left 30 mm, right 15 mm; page number 10 mm from the top. */
const MARGINS = { left: 30 / 25.4, right: 15 / 25.4, top: 20 / 25.4, bottom: 20 / 25.4, header: 10 / 25.4, footer: 10 / 25.4 };
/** Text never prints smaller than this (points), so fitting to the page width may not shrink below it. */
export const MIN_PRINTED_SIZE = 11;
/** Printable width of A4 inside the margins, in points. */
export const printableWidth = (landscape: boolean) => ((landscape ? 297 : 210) - 45) * (72 / 25.4);
/** Printed width of a column `width` characters wide, in points (Excel: 7 px a character plus 5 px of padding, at 96 dpi). */
export const columnPoints = (width: number) => (width * 7 + 5) * 0.75;

/** A title line's look: the annex number and the title bold, the caption "(Kèm theo …)" italic. */
function titleStyle(text: string, index: number): { size: number; bold: boolean; italic: boolean } {
  if (text.startsWith('(')) return { size: 13, bold: false, italic: true };
  return { size: index === 0 ? 13 : 14, bold: true, italic: false };
}

/**
 * A print-ready table sheet: merged title rows, a bold bordered header that is frozen,
 * filtered and repeated on every printed page, A4 fitted to width.
 */
/**
 * A name Excel accepts for a sheet: no `/ \ ? * [ ] :`, at most 31 characters, not empty,
 * unlike the sheets already in the workbook (`Danh sách (2)`).
 */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = xmlSafe(wanted).replace(/[/\\?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Trang';
  let name = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
  return name;
}

export function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter | ExcelJS.Workbook, spec: SheetSpec): void {
  const headerRow = spec.title.length + 2; // a blank row between title and table
  const last = columnLetter(spec.columns.length - 1);
  const taken = new Set<string>();
  (workbook as ExcelJS.Workbook).eachSheet?.((s: ExcelJS.Worksheet) => taken.add(s.name));
  for (const name of (workbook as unknown as { _worksheets?: ({ name: string } | undefined)[] })._worksheets ?? []) if (name) taken.add(name.name);
  const sheet = workbook.addWorksheet(sheetName(spec.name, taken), {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      // Columns are sized to the page below; fitting to width then never shrinks the text.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      firstPageNumber: 1,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: MARGINS,
    },
    // ND30: the page number at the top, centred; each annex counts its own pages from 1.
    headerFooter: { oddHeader: '&C&"Times New Roman"&13&P', oddFooter: '' },
  });
  const widths = fitToPage(spec.columns.map((c, i) => fittedWidth(c, i, spec.sample)), spec.landscape);
  sheet.columns = spec.columns.map((c, i) => ({ key: c.key ?? c.field ?? `c${i}`, width: widths[i] }));
  // Wrapped rows get a height for their lines: not every reader grows rows by itself.
  const heightFor = (values: readonly unknown[]) => LINE_HEIGHT * Math.max(1, ...values.map((v, i) => linesFor(v, widths[i] ?? 10)));

  const mergedWidth = widths.reduce((a, b) => a + b, 0);
  spec.title.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    const look = titleStyle(text, i);
    row.getCell(1).value = xmlSafe(text);
    row.getCell(1).font = { name: FONT, size: look.size, bold: look.bold, italic: look.italic };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // A merged row does not grow by itself: give it the height of its wrapped lines.
    row.height = titleHeight(text, mergedWidth, look.size);
    sheet.mergeCells(`A${i + 1}:${last}${i + 1}`);
    row.commit?.();
  });
  const header = sheet.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = xmlSafe(c.header);
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = heightFor(spec.columns.map((c) => c.header));
  header.commit?.();
  sheet.autoFilter = `A${headerRow}:${last}${headerRow}`;

  const style = styleCache(spec.columns);
  let rowNumber = headerRow;
  for (const item of spec.items) {
    rowNumber++;
    const row = sheet.getRow(rowNumber);
    if (item.kind === 'group') {
      row.getCell(1).value = xmlSafe(item.text);
      row.getCell(1).style = style.group(item.level);
      sheet.mergeCells(`A${rowNumber}:${last}${rowNumber}`);
    } else {
      row.height = heightFor(item.values);
      spec.columns.forEach((_, i) => {
        const cell = row.getCell(i + 1);
        // Every text reaching the sheet's XML passes here: characters XML cannot hold are dropped.
        const raw = item.values[i];
        const value = typeof raw === 'string' ? xmlSafe(raw) : raw;
        cell.value = value as ExcelJS.CellValue;
        cell.style = style.cell(i, value, item.kind === 'total');
      });
    }
    row.commit?.();
  }
  (sheet as { commit?: () => void }).commit?.();
}

/**
 * One style object per distinct look, shared by every cell that has it: exceljs
 * recognises a style object it has seen and skips re-serialising it.
 */
function styleCache(columns: readonly ColumnDef[]) {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const textStyles: (Partial<ExcelJS.Style> | undefined)[] = [];
  const get = (key: string, make: () => Partial<ExcelJS.Style>) => {
    let style = cache.get(key);
    if (!style) cache.set(key, (style = make()));
    return style;
  };
  return {
    group: (level: 1 | 2) => get(`g${level}`, () => ({ font: { name: FONT, size: 12, bold: true, italic: level === 2 }, border: BORDER })),
    cell: (index: number, value: unknown, bold: boolean) => {
      // Text in a plain column (most cells of a long list): one style per column, found without building a key.
      if (typeof value === 'string' || value === null) {
        const plain = bold ? undefined : textStyles[index];
        if (plain) return plain;
      }
      const column = columns[index];
      const shown = value !== null && typeof value === 'object' && 'result' in value ? (value as { result?: unknown }).result : value;
      const isNumber = typeof shown === 'number';
      const numFmt = isNumber && column.format?.startsWith('auto')
        ? autoFormat(shown, column.format === 'auto%')
        : column.decimalFormat && isNumber && !Number.isInteger(shown) ? column.decimalFormat : column.format ?? (value instanceof Date ? 'dd/mm/yyyy' : undefined);
      const horizontal = column.align ?? (isNumber ? 'right' : 'left');
      const style = get(`${bold}|${numFmt}|${horizontal}`, () => ({
        font: { name: FONT, size: 12, bold },
        alignment: { horizontal, vertical: 'top', wrapText: true },
        border: BORDER,
        ...(numFmt ? { numFmt } : {}),
      }));
      if (!bold && (typeof value === 'string' || value === null) && !column.format?.startsWith('auto')) textStyles[index] = style;
      return style;
    },
  };
}

/**
 * `auto`: the digits the DOCX prints (83, 40,73, 107,8), never padded with zeros;
 * `auto%`: a ratio as a percentage the same way (1.13 → 113%, 1.6342 → 163,42%).
 */
export function autoFormat(value: number, percent: boolean): string {
  const shown = percent ? Math.round(value * 1e4) / 100 : value;
  const decimals = Math.min(percent ? 2 : 10, String(shown).split('.')[1]?.length ?? 0);
  return `${percent ? '0' : '#,##0'}${decimals ? `.${'0'.repeat(decimals)}` : ''}${percent ? '%' : ''}`;
}

/** Height in points of a title line wrapped across the merged width (characters of 12 pt text). */
export function titleHeight(text: string, mergedWidth: number, size: number): number {
  const perLine = Math.max(1, mergedWidth * (TEXT_SIZE / size) * (text === text.toLocaleUpperCase('vi') ? 0.8 : 1) - 2);
  return Math.ceil(Math.max(1, Math.ceil(text.length / perLine)) * size * 1.4);
}

/**
 * Columns narrowed, the widest text first, until the table fits the printable width at
 * no less than MIN_PRINTED_SIZE: landscape and wrapping instead of shrinking the type.
 */
export function fitToPage(widths: readonly number[], landscape: boolean): number[] {
  // A quarter point of room: readers round column widths a little differently.
  const capacity = printableWidth(landscape) * (TEXT_SIZE / (MIN_PRINTED_SIZE + 0.25));
  const out = [...widths];
  const total = () => out.reduce((n, w) => n + columnPoints(w), 0);
  for (let guard = 0; total() > capacity && guard < 1000; guard++) {
    const widest = out.indexOf(Math.max(...out));
    if (out[widest] <= 12) break; // narrower than this, a column of text stops being readable
    out[widest] -= 1;
  }
  return out;
}

/** Lines a value takes when wrapped in a column `width` characters wide (a little pessimistic). */
function linesFor(value: unknown, width: number): number {
  if (typeof value !== 'string') return 1;
  const usable = Math.max(1, width - 1.5);
  if (!value.includes('\n')) return Math.max(1, Math.ceil(value.length / usable));
  return value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / usable)), 0);
}

/** Width in characters: what the content needs, no wider than the layout allows, no narrower than the header's longest word. */
function fittedWidth(column: ColumnDef, index: number, sample: readonly SheetItem[]): number {
  const headerWord = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  let content = 0;
  for (const item of sample) {
    if (item.kind === 'group') continue;
    const value = item.values[index];
    const text = value === null || value === undefined ? '' : value instanceof Date ? '00/00/0000' : typeof value === 'object' ? '000000' : typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);
    content = Math.max(content, text.length);
  }
  const max = column.width ?? 40;
  return Math.min(max, Math.max(headerWord + 2, content + 2, 6));
}
