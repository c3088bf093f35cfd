import { readFileSync, statSync } from 'node:fs';
import { NO_CACHED_VALUE, type CellValue, type RawRow, type RawSheet, type RawTable } from './cell.js';

/** Above this size a workbook is read with exceljs's streaming reader (merged ranges are then not spread). */
const STREAM_ABOVE = 8_000_000;

/**
 * Reads every sheet of an .xlsx file into rows of cell values with exceljs. An Excel 97–2003
 * file and an encrypted (password-protected) workbook are both OLE compound files, told
 * apart by the encrypted one's `EncryptionInfo` stream; anything else that is not a zip
 * cannot be a workbook.
 */
export async function readWorkbook(path: string): Promise<RawTable> {
  let head: Buffer;
  try {
    head = readFileSync(path);
  } catch (error) {
    return { failure: 'WORKBOOK_UNREADABLE', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return { failure: head.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? 'WORKBOOK_ENCRYPTED' : 'XLS_FILE' };
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) return { failure: 'WORKBOOK_UNREADABLE', reason: 'not a zip' };
  const { default: ExcelJS } = await import('exceljs');
  try {
    if (statSync(path).size > STREAM_ABOVE) return { sheets: await streamSheets(ExcelJS, path) };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(head as unknown as ArrayBuffer);
    const sheets: RawSheet[] = [];
    workbook.eachSheet((sheet) => {
      const rows: RawRow[] = [];
      // A merged range reads as its top-left cell in every cell of it (exceljs gives the master's value).
      sheet.eachRow({ includeEmpty: false }, (row, number) => rows.push({ number, cells: rowCells(row.values as unknown[]) }));
      sheets.push({ name: sheet.name, rows });
    });
    return { sheets };
  } catch (error) {
    return { failure: 'WORKBOOK_UNREADABLE', reason: error instanceof Error ? error.message : String(error) };
  }
}

async function streamSheets(ExcelJS: typeof import('exceljs'), path: string): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const sheets: RawSheet[] = [];
  for await (const sheet of reader) {
    const rows: RawRow[] = [];
    for await (const row of sheet) rows.push({ number: row.number, cells: rowCells(row.values as unknown[]) });
    sheets.push({ name: (sheet as unknown as { name: string }).name, rows });
  }
  return sheets;
}

/** exceljs's row values start at index 1 (column A). */
function rowCells(values: readonly unknown[]): (CellValue | undefined)[] {
  const cells: (CellValue | undefined)[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
  return cells;
}

function cellValue(value: unknown): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    if (v.result === undefined || v.result === null) return NO_CACHED_VALUE;
    return cellValue(v.result);
  }
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.error !== undefined) return { error: v.error };
  if (v.text !== undefined) return cellValue(v.text);
  return undefined;
}
