import type ExcelJS from 'exceljs';
import { periodPhrase } from '../format/dates.js';
import { documentNumber, placeAndDate } from '../format/document-number.js';
import type { ReportData } from '../schema/report-data.js';
import { annexRows } from './annex-rows.js';
import { columnLetter, columnReader } from './cell-values.js';
import type { AnnexLayout } from './layout.js';
import { writeSheet, type SheetItem } from './sheet-writer.js';
import { textTemplate } from './text-template.js';

/** True when the report has anything the annexes would list. */
export function hasAnnexData(data: ReportData): boolean {
  return data.indicators.length + data.ocop.length + data.models.length + data.figures.length > 0;
}

/** The annex workbook beside the report: one sheet per kind of data the report has. */
export function fillAnnexWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, layout: AnnexLayout): { truncated: number } {
  const rows = annexRows(data);
  const reportLine = `(Kèm theo Báo cáo ${documentNumber(data.report).replace(/^Số: /, 'số ')} ${placeAndDate(data.report).replace(/^[^,]*, /, '')}, ${periodPhrase(data.report.period.from, data.report.period.to)})`;
  let truncated = 0;
  for (const sheet of layout.sheets) {
    const list = rows[sheet.rows] ?? [];
    if (list.length === 0) continue;
    const letters = new Map(sheet.columns.map((c, i) => [c.key ?? c.field ?? `c${i}`, columnLetter(i)]));
    const readers = sheet.columns.map((c) => columnReader(c, letters, () => truncated++));
    const first = sheet.title.length + 3;
    const items: SheetItem[] = list.map((row, i) => ({ kind: 'row', values: readers.map((read) => read(row, first + i)) }));
    const title = sheet.title.map((t) => textTemplate(t)({ reportLine }));
    writeSheet(workbook, { name: sheet.name, title, columns: sheet.columns, items, sample: items.slice(0, 2000), landscape: sheet.columns.length > 5 });
  }
  return { truncated };
}
