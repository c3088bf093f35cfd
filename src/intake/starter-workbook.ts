import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { AWARD_CATALOGUE, RECIPIENT_LABELS } from '../schema/award-catalogue.js';

/** The header each column of the starter workbook carries, by sheet (Vietnamese labels the reader knows). */
const SHEETS = [
  { name: 'Đơn vị', kind: 'units', columns: { id: 'Mã', name: 'Tên đơn vị', short_name: 'Tên viết tắt', type: 'Loại đơn vị', parent: 'Đơn vị cấp trên', role: 'role' } },
  { name: 'Chỉ tiêu', kind: 'figures', columns: { id: 'Mã', label: 'Chỉ tiêu', value: 'Kết quả', measure: 'Đơn vị tính', target: 'Chỉ tiêu giao', attainment: 'Tỷ lệ đạt', target_basis: 'target_basis', previous: 'Cùng kỳ', change_percent: 'Tăng giảm (%)', unit: 'Đơn vị', content: 'Nội dung thi đua', year: 'Năm' } },
  { name: 'Mô hình', kind: 'models', columns: { id: 'Mã', name: 'Tên mô hình', type: 'Loại', unit: 'Đơn vị thực hiện', content: 'Nội dung thi đua', year: 'Năm', replicated: 'Nhân rộng' } },
  { name: 'Số lượng mô hình', kind: 'model_counts', columns: { type: 'Loại', count: 'Số lượng', label: 'Tên', content: 'Nội dung thi đua' } },
  { name: 'Khen thưởng', kind: 'awards', columns: { form: 'Hình thức khen thưởng', recipient: 'Đối tượng', name: 'Họ và tên', position: 'Chức vụ', unit: 'Đơn vị', decision: 'Số quyết định', decision_date: 'Ngày quyết định', status: 'Trạng thái' } },
] as const;

const TYPE_WORDS: Record<string, string> = { 'mo-hinh': 'Mô hình', 'dien-hinh': 'Điển hình', 'sang-kien': 'Sáng kiến' };
const ROWS_WITH_LISTS = 500;

/**
 * `report init --xlsx`: the starter's lists as one workbook, a sheet per kind with its
 * header row, and drop-down lists (on a sheet of lists) of the forms' printed names,
 * the recipient kinds and the units, so a clerk picks rather than types them.
 */
export async function starterWorkbook(starterDir: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const data: Record<string, Record<string, unknown>[]> = {};
  for (const file of ['units.yaml', 'figures.yaml', 'models.yaml', 'awards.yaml']) Object.assign(data, load(readFileSync(join(starterDir, file), 'utf8')) as object);
  const unitName = new Map((data.units ?? []).map((u) => [String(u.id), String(u.name)]));
  const workbook = new ExcelJS.Workbook();
  const lists = { forms: AWARD_CATALOGUE.map((f) => f.name), kinds: Object.values(RECIPIENT_LABELS), units: [...unitName.values()] };
  for (const sheet of SHEETS) {
    const ws = workbook.addWorksheet(sheet.name);
    const fields = Object.keys(sheet.columns) as (keyof typeof sheet.columns)[];
    ws.addRow(fields.map((f) => sheet.columns[f]));
    ws.getRow(1).font = { bold: true };
    fields.forEach((f, i) => (ws.getColumn(i + 1).width = f === 'name' || f === 'label' || f === 'form' ? 44 : 18));
    for (const entry of data[sheet.kind] ?? []) {
      ws.addRow(fields.map((f) => cellOf(sheet.kind, f, entry[f], unitName)));
    }
    const dropDown = (field: string, list: keyof typeof lists) => {
      const column = fields.indexOf(field as never);
      if (column < 0) return;
      const letter = String.fromCharCode(65 + column);
      const listColumn = String.fromCharCode(65 + Object.keys(lists).indexOf(list));
      for (let row = 2; row <= ROWS_WITH_LISTS; row++) {
        ws.getCell(`${letter}${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`'Danh mục'!$${listColumn}$2:$${listColumn}$${lists[list].length + 1}`] };
      }
    };
    if (sheet.kind === 'awards') {
      dropDown('form', 'forms');
      dropDown('recipient', 'kinds');
    }
    if (sheet.kind !== 'units') dropDown('unit', 'units');
  }
  const listSheet = workbook.addWorksheet('Danh mục');
  listSheet.addRow(['Hình thức khen thưởng', 'Đối tượng', 'Đơn vị']);
  const longest = Math.max(...Object.values(lists).map((l) => l.length));
  for (let i = 0; i < longest; i++) listSheet.addRow([lists.forms[i], lists.kinds[i], lists.units[i]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A YAML value as a clerk would type it in the cell: printed names, words, date cells. */
function cellOf(kind: string, field: string, value: unknown, unitName: ReadonlyMap<string, string>): unknown {
  if (value === undefined || value === null) return null;
  if ((field === 'unit' || field === 'parent') && typeof value === 'string') return unitName.get(value) ?? value;
  if (field === 'form' && typeof value === 'string') return AWARD_CATALOGUE.find((f) => f.id === value)?.name ?? value;
  if (field === 'recipient' && typeof value === 'string') return RECIPIENT_LABELS[value as keyof typeof RECIPIENT_LABELS] ?? value;
  if (field === 'type' && kind !== 'units' && typeof value === 'string') return TYPE_WORDS[value] ?? value;
  if (field === 'replicated' && typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (field === 'decision_date') return new Date(`${value instanceof Date ? value.toISOString().slice(0, 10) : String(value)}T00:00:00Z`);
  if (field === 'status') return value === 'proposed' ? 'Đề nghị' : 'Đã khen';
  return value;
}
