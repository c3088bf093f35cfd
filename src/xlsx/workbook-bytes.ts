import type ExcelJS from 'exceljs';
// exceljs's streaming writer alone, not its whole library (reader, CSV, the in-memory model):
// less code to load and compile on every build that writes a workbook.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { PassThrough } from 'node:stream';
import { deterministicZip } from '../write/deterministic-zip.js';

/**
 * Runs `fill` on exceljs's streaming writer and returns the finished file as
 * deterministic bytes (fixed dates, fixed zip order and times).
 */
export async function workbookBytes(date: Date, fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'report';
  workbook.created = date;
  workbook.modified = date;
  fill(workbook);
  await workbook.commit();
  return deterministicZip(Buffer.concat(chunks), date);
}
