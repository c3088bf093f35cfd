import { joinLines } from '../compute/issuer-subject.js';
import type ExcelJS from 'exceljs';
import { roman } from '../format/numbering.js';
import { periodPhrase } from '../format/dates.js';
import type { ReportData } from '../schema/report-data.js';
import { awardList, type AwardFilters, type AwardListItem } from './award-rows.js';
import { columnLetter, columnReader } from './cell-values.js';
import type { AwardListLayout } from './layout.js';
import { writeSheet, type SheetItem } from './sheet-writer.js';
import { textTemplate } from '../render/text-template.js';
import type { AwardSummaryRow } from '../compute/award-summary.js';

const SAMPLE_SIZE = 2000;

export interface AwardWorkbookResult {
  readonly rows: number;
  readonly truncated: number;
}

/** The award list workbook: the grouped list and a summary with live SUM formulas. */
export function fillAwardWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, filters: AwardFilters, layout: AwardListLayout): AwardWorkbookResult {
  const { items, summary } = awardList(data, filters);
  const text = (template: string, context: object) => textTemplate(template)(context);
  const letters = new Map(layout.columns.map((c, i) => [c.key ?? c.field ?? `c${i}`, columnLetter(i)]));
  let truncated = 0;
  let counting = false; // the width sample reads rows too: count each truncation once
  const readers = layout.columns.map((c) => columnReader(c, letters, () => (counting ? truncated++ : undefined)));
  const awards = items.filter((i): i is Extract<AwardListItem, { type: 'award' }> => i.type === 'award');
  const context = {
    // A list of proposals is a list of proposals: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG".
    listTitle: awards.length > 0 && awards.every((a) => a.row.status === 'Đề nghị') ? 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG' : 'DANH SÁCH KHEN THƯỞNG',
    issuer: [joinLines(data.report.issuer.parent), joinLines(data.report.issuer.name)].filter(Boolean).join(' - '),
    movementLine: `Phong trào thi đua “${data.report.movement.short_name ?? data.report.movement.name}” ${periodPhrase(data.report.period.from, data.report.period.to)}`,
  };
  const headerRow = layout.title.length + 2;

  function* sheetItems(source: readonly AwardListItem[]): Generator<SheetItem> {
    let rowNumber = headerRow;
    for (const item of source) {
      rowNumber++;
      if (item.type === 'form') yield { kind: 'group', level: 1, text: text(layout.groups.form, { index: item.index, name: item.name }) };
      else if (item.type === 'recipient') yield { kind: 'group', level: 2, text: text(layout.groups.recipient, item) };
      else yield { kind: 'row', values: readers.map((read) => read(item.row as unknown as Record<string, unknown>, rowNumber)) };
    }
  }
  const sample = [...sheetItems(items.slice(0, SAMPLE_SIZE))];
  counting = true;
  writeSheet(workbook, { name: layout.sheet, title: layout.title.map((t) => text(t, context)), columns: layout.columns, items: sheetItems(items), sample, landscape: true });
  writeSummary(workbook, layout, summary, context.issuer);
  return { rows: items.filter((i) => i.type === 'award').length, truncated };
}

function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, layout: AwardListLayout, summary: readonly AwardSummaryRow[], issuer: string): void {
  const title = [issuer, layout.summary.title];
  const first = title.length + 3;
  const last = first + summary.length - 1;
  // Counts that the source does not split get a column of their own, only when there are any.
  const unsplit = summary.some((r) => r.unsplit > 0);
  const counts = (r: AwardSummaryRow) => [r.collectives, r.individuals, r.households, ...(unsplit ? [r.unsplit] : [])];
  const lastCount = unsplit ? 'F' : 'E';
  const totalCol = unsplit ? 'G' : 'F';
  const rows: SheetItem[] = summary.map((row, i) => ({
    kind: 'row',
    values: [roman(i + 1), `${row.name ?? 'Hình thức khác'}${row.note ? ` (${row.note})` : ''}`, ...counts(row), { formula: `SUM(C${first + i}:${lastCount}${first + i})`, result: row.total }],
  }));
  // Every formula carries its value, for previews and readers that do not recalculate.
  const sum = (col: string, pick: (r: AwardSummaryRow) => number) => ({ formula: summary.length ? `SUM(${col}${first}:${col}${last})` : '0', result: summary.reduce((n, r) => n + pick(r), 0) });
  const countCols = ['C', 'D', 'E', ...(unsplit ? ['F'] : [])];
  rows.push({ kind: 'total', values: ['', 'Tổng cộng', ...countCols.map((col, k) => sum(col, (r) => counts(r)[k])), sum(totalCol, (r) => r.total)] });
  writeSheet(workbook, {
    name: layout.summary.sheet,
    title,
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Hình thức khen thưởng', width: 50 },
      { header: 'Tập thể', width: 10, format: '#,##0', align: 'center' },
      { header: 'Cá nhân', width: 10, format: '#,##0', align: 'center' },
      { header: 'Hộ gia đình', width: 12, format: '#,##0', align: 'center' },
      ...(unsplit ? [{ header: 'Tập thể, cá nhân (không tách)', width: 16, format: '#,##0', align: 'center' as const }] : []),
      { header: 'Tổng cộng', width: 12, format: '#,##0', align: 'center' },
    ],
    items: rows,
    sample: rows,
    landscape: false,
  });
}
