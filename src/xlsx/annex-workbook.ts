import type ExcelJS from 'exceljs';
import { issuerSubject } from '../compute/issuer-subject.js';
import { longDate } from '../format/dates.js';
import { documentNumber } from '../format/document-number.js';
import { roman } from '../format/numbering.js';
import { documentType } from '../schema/document-types.js';
import type { ReportData } from '../schema/report-data.js';
import { annexRows } from './annex-rows.js';
import { membersTable } from './members-table.js';

/** A row's own formula names its row as `{row}`. */
const fillRow = <T>(value: T, row: number): T =>
  value && typeof value === 'object' && 'formula' in value ? ({ ...value, formula: String((value as { formula: string }).formula).replace(/\{row\}/g, String(row)) } as T) : value;
import { columnLetter, columnReader } from './cell-values.js';
import type { AnnexLayout, ColumnDef } from './layout.js';
import { writeSheet, type SheetItem } from './sheet-writer.js';
import { textTemplate } from '../render/text-template.js';

/** True when the report has anything the annexes would list. */
export function hasAnnexData(data: ReportData): boolean {
  return data.indicators.length + data.ocop.length + data.models.length + data.figures.length + (data.members?.length ?? 0) > 0;
}

/**
 * The number of each annex the report has, by the kind of rows it lists: sheets
 * without rows are left out and the numbering closes up (I, II, III in sheet order),
 * so the DOCX and the workbook name the same annex alike.
 */
export function annexNumbers(data: ReportData, layout: AnnexLayout): Record<string, string> {
  const rows = annexRows(data);
  const numbers: Record<string, string> = {};
  let n = 0;
  for (const sheet of layout.sheets) if ((rows[sheet.rows] ?? []).length > 0 && !(sheet.rows in numbers)) numbers[sheet.rows] = roman(++n);
  if (membersTable(data).rows.length > 0) numbers.members = roman(++n);
  return numbers;
}

/** ND30's caption of an annex: `(Kèm theo Báo cáo số 125/BC-MTTQ-BTT ngày 23 tháng 8 năm 2023 của Ban Thường trực …)`. */
export function annexCaption(data: ReportData): string {
  const number = documentNumber(data.report).replace(/^Số: /, 'số ');
  return `(Kèm theo ${documentType(data.report.kind).name} ${number} ${longDate(data.report.date)} của ${issuerSubject(data.report, data.units)})`;
}

/**
 * The columns that have something to show: a field column empty on every row is left
 * out, and so is a formula column whose cached value is empty on every row.
 */
function columnsWithData(columns: readonly ColumnDef[], rows: readonly Record<string, unknown>[]): ColumnDef[] {
  const filled = (field: string | undefined) => field === undefined || rows.some((r) => r[field] !== null && r[field] !== undefined && r[field] !== '');
  return columns.filter((c) => (c.formula ? filled(c.result) : c.value !== undefined || filled(c.field)));
}

/** The annex workbook beside the report: one sheet per kind of data the report has. */
export function fillAnnexWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, layout: AnnexLayout): { truncated: number } {
  const rows = annexRows(data);
  const numbers = annexNumbers(data, layout);
  const reportLine = annexCaption(data);
  let truncated = 0;
  for (const sheet of layout.sheets) {
    const list = rows[sheet.rows] ?? [];
    if (list.length === 0) continue;
    const columns = columnsWithData(sheet.columns, list);
    const letters = new Map(columns.map((c, i) => [c.key ?? c.field ?? `c${i}`, columnLetter(i)]));
    const readers = columns.map((c) => columnReader(c, letters, () => truncated++));
    const first = sheet.title.length + 3;
    const items: SheetItem[] = list.map((row, i) => ({ kind: 'row', values: readers.map((read) => read(row, first + i)) }));
    const title = sheet.title.map((t) => textTemplate(t)({ reportLine, annex: numbers[sheet.rows] }));
    writeSheet(workbook, { name: sheet.name, title, columns, items, sample: items.slice(0, 2000), landscape: columns.length > 5 });
  }
  const members = membersTable(data);
  if (members.rows.length > 0) {
    const readers = members.columns.map((c) => columnReader(c, new Map(), () => truncated++));
    const first = 3 + 3;
    const items: SheetItem[] = members.rows.map((row, i) => ({ kind: 'row', values: readers.map((read) => fillRow(read(row, first + i), first + i)) }));
    const title = [`Phụ lục ${numbers.members}`, 'SỐ LIỆU CÁC ĐƠN VỊ THÀNH VIÊN', reportLine];
    writeSheet(workbook, { name: 'Các đơn vị', title, columns: members.columns, items, sample: items, landscape: true });
  }
  return { truncated };
}
