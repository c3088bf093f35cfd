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
const LINE_HEIGHT = 16; // points, for 12 pt text
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A print-ready table sheet: merged title rows, a bold bordered header that is frozen,
 * filtered and repeated on every printed page, A4 fitted to width.
 */
export function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter | ExcelJS.Workbook, spec: SheetSpec): void {
  const headerRow = spec.title.length + 2; // a blank row between title and table
  const last = columnLetter(spec.columns.length - 1);
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${headerRow}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11&P/&N' },
  });
  const widths = spec.columns.map((c, i) => fittedWidth(c, i, spec.sample));
  sheet.columns = spec.columns.map((c, i) => ({ key: c.key ?? c.field ?? `c${i}`, width: widths[i] }));
  // Wrapped rows get a height for their lines: not every reader grows rows by itself.
  const heightFor = (values: readonly unknown[]) => LINE_HEIGHT * Math.max(1, ...values.map((v, i) => linesFor(v, widths[i] ?? 10)));

  spec.title.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = xmlSafe(text);
    row.getCell(1).font = { name: FONT, size: i === 1 ? 14 : 12, bold: i <= 1 };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.mergeCells(`A${i + 1}:${last}${i + 1}`);
    row.commit?.();
  });
  const header = sheet.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
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
        const value = item.values[i];
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
  const get = (key: string, make: () => Partial<ExcelJS.Style>) => {
    let style = cache.get(key);
    if (!style) cache.set(key, (style = make()));
    return style;
  };
  return {
    group: (level: 1 | 2) => get(`g${level}`, () => ({ font: { name: FONT, size: 12, bold: true, italic: level === 2 }, border: BORDER })),
    cell: (index: number, value: unknown, bold: boolean) => {
      const column = columns[index];
      const isNumber = typeof value === 'number';
      const numFmt =
        column.decimalFormat && isNumber && !Number.isInteger(value) ? column.decimalFormat : column.format ?? (value instanceof Date ? 'dd/mm/yyyy' : undefined);
      const horizontal = column.align ?? (isNumber ? 'right' : 'left');
      return get(`${bold}|${numFmt}|${horizontal}`, () => ({
        font: { name: FONT, size: 12, bold },
        alignment: { horizontal, vertical: 'top', wrapText: true },
        border: BORDER,
        ...(numFmt ? { numFmt } : {}),
      }));
    },
  };
}

/** Lines a value takes when wrapped in a column `width` characters wide (a little pessimistic). */
function linesFor(value: unknown, width: number): number {
  if (typeof value !== 'string') return 1;
  const usable = Math.max(1, width - 1.5);
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
