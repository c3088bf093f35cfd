import { isAdditiveMeasure } from '../format/measure.js';
import type { ReportData } from '../schema/report-data.js';
import type { ColumnDef } from './layout.js';
import { columnLetter } from './cell-values.js';

/** The words in the column of a member that sent nothing. */
export const NOT_REPORTED = 'chưa báo cáo';

const FIRST_MEMBER_COLUMN = 3; // after STT, Chỉ tiêu, Đơn vị tính

/**
 * The annex's table of what each member sent: one row per figure (in the report's order,
 * then the figures only members give), one column per member, and a total column with a
 * live SUM (and its value) where the measure adds up. A member that sent no value for a
 * figure has an empty cell, never 0; one that sent nothing reads `chưa báo cáo`.
 */
export function membersTable(data: ReportData): { columns: ColumnDef[]; rows: Record<string, unknown>[] } {
  const members = data.members ?? [];
  if (members.length === 0 || !members.some((m) => m.figures.length > 0)) return { columns: [], rows: [] };
  const unitName = new Map(data.units.map((u) => [u.id, u.short_name && u.name.length > 28 ? u.short_name : u.name]));
  const ids: string[] = [];
  for (const f of [...data.figures, ...members.flatMap((m) => m.figures)]) if (!ids.includes(f.id) && members.some((m) => m.figures.some((x) => x.id === f.id))) ids.push(f.id);
  const first = columnLetter(FIRST_MEMBER_COLUMN);
  const last = columnLetter(FIRST_MEMBER_COLUMN + members.length - 1);
  const rows = ids.map((id, n) => {
    const sent = members.map((m) => m.figures.find((f) => f.id === id));
    const any = sent.find((f) => f) ?? data.figures.find((f) => f.id === id)!;
    const row: Record<string, unknown> = { stt: n + 1, label: any.label, measure: any.measure ?? null };
    members.forEach((m, i) => (row[`m${i}`] = m.missing ? NOT_REPORTED : sent[i]?.value?.value ?? null));
    const values = sent.map((f) => f?.value?.value).filter((v): v is number => v !== undefined);
    const additive = isAdditiveMeasure(any.measure) && sent.every((f) => !f || (f.measure ?? '') === (any.measure ?? ''));
    if (additive && values.length > 0) row.total = { formula: `SUM(${first}{row}:${last}{row})`, result: Number(values.reduce((a, b) => a + b, 0).toPrecision(15)) };
    return row;
  });
  const columns: ColumnDef[] = [
    { header: 'STT', field: 'stt', width: 6, align: 'center' },
    { header: 'Chỉ tiêu', field: 'label', width: 40 },
    { header: 'Đơn vị tính', field: 'measure', width: 12, align: 'center' },
    ...members.map((m, i): ColumnDef => ({ header: unitName.get(m.unit) ?? m.unit, field: `m${i}`, width: 16, format: 'auto' })),
    { header: 'Tổng cộng', field: 'total', width: 16, format: 'auto' },
  ];
  return { columns, rows };
}
