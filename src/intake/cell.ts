/** A cell's value as the intake reads it: what Excel shows, never a formula. */
export type CellValue = string | number | boolean | Date | { readonly error: string } | typeof NO_CACHED_VALUE;

/** A formula cell saved without its result (written by a program, never opened in Excel). */
export const NO_CACHED_VALUE = Symbol('no cached value');

export interface RawRow {
  /** The row's number in the sheet (a CSV file: its line). */
  readonly number: number;
  /** Column A first; `undefined` for an empty cell. */
  readonly cells: readonly (CellValue | undefined)[];
  /** CSV only: the character column where each field starts, for `file:line:col`. */
  readonly at?: readonly number[];
}

export interface RawSheet {
  readonly name: string;
  readonly rows: readonly RawRow[];
}

/** Why a table file gave no sheets. */
export type TableFailure = { readonly failure: 'XLS_FILE' | 'WORKBOOK_ENCRYPTED' | 'WORKBOOK_UNREADABLE' | 'CSV_NOT_UTF8'; readonly reason?: string };
export type RawTable = { readonly sheets: readonly RawSheet[] } | TableFailure;

export const isFailure = (table: RawTable): table is TableFailure => 'failure' in table;

/** `C14`: column index 0 = A. */
export function cellName(column: number, row: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** The cell as text, trimmed and NFC ('' for an empty cell); numbers as JavaScript writes them. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === NO_CACHED_VALUE) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

export const isEmptyCell = (value: CellValue | undefined) => value === undefined || (typeof value === 'string' && value.trim() === '');
