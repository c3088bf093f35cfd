import type { DataKind } from '../schema/kinds.js';
import { fold } from './fold.js';

/** `position` and `unit` in one column (`Chức vụ, đơn vị`): split when the cells are resolved. */
export const POSITION_AND_UNIT = 'position_unit';
/** A column read for nothing (`STT`, `Năm sinh`): known, so no warning. */
export const IGNORED = '';

/** A sheet's name → what it holds (folded). */
const SHEET_KINDS: Readonly<Record<string, DataKind>> = {
  awards: 'awards',
  'khen thuong': 'awards',
  'danh sach khen thuong': 'awards',
  'de nghi khen thuong': 'awards',
  'danh sach de nghi khen thuong': 'awards',
  units: 'units',
  'don vi': 'units',
  figures: 'figures',
  'chi tieu': 'figures',
  'so lieu': 'figures',
  models: 'models',
  'mo hinh': 'models',
  award_counts: 'award_counts',
  'award counts': 'award_counts',
  'so luong khen thuong': 'award_counts',
  model_counts: 'model_counts',
  'model counts': 'model_counts',
  'so luong mo hinh': 'model_counts',
  indicators: 'indicators',
  'chi so': 'indicators',
  ocop: 'ocop',
};

export const sheetKind = (name: string): DataKind | undefined => SHEET_KINDS[fold(name)];

/** Columns lists carry that the format does not hold: read for nothing, without a warning. */
const COMMON_IGNORED = ['stt', 'so tt', 'tt', 'nam sinh', 'ngay sinh', 'dan toc', 'que quan', 'ton giao', 'trinh do', 'so dien thoai', 'ky ten'];

/** Vietnamese labels of each kind's columns (folded); a field's own name is always accepted too. */
const LABELS: Readonly<Partial<Record<DataKind, Readonly<Record<string, string>>>>> = {
  awards: {
    'ho va ten': 'name', 'ho ten': 'name', ten: 'name', 'ten tap the ca nhan': 'name', 'ten tap the ho va ten': 'name', 'ten tap the': 'name',
    'chuc vu': 'position', 'don vi': 'unit', 'don vi cong tac': 'unit', 'chuc vu don vi': POSITION_AND_UNIT,
    'hinh thuc': 'form', 'hinh thuc khen thuong': 'form', 'doi tuong': 'recipient', 'gioi tinh': 'gender', 'nam nu': 'gender',
    'thanh tich': 'achievement', 'thanh tich dat duoc': 'achievement', 'tom tat thanh tich': 'achievement',
    'so quyet dinh': 'decision', 'ngay quyet dinh': 'decision_date', 'trang thai': 'status', 'ghi chu': 'note',
  },
  units: {
    ma: 'id', 'ma don vi': 'id', ten: 'name', 'ten don vi': 'name', 'don vi': 'name', 'ten viet tat': 'short_name', 'viet tat': 'short_name',
    loai: 'type', 'loai don vi': 'type', 'cap tren': 'parent', 'don vi cap tren': 'parent', 'truc thuoc': 'parent', 'vai tro': 'role', 'ghi chu': IGNORED,
  },
  figures: {
    ma: 'id', 'ma chi tieu': 'id', 'chi tieu': 'label', 'ten chi tieu': 'label', 'noi dung': 'label',
    'ket qua': 'value', 'ket qua dat duoc': 'value', 'ket qua thuc hien': 'value', 'thuc hien': 'value', 'gia tri': 'value', 'so lieu': 'value',
    'don vi tinh': 'measure', dvt: 'measure', 'chi tieu giao': 'target', 'chi tieu ke hoach': 'target', 'ke hoach': 'target', 'muc tieu': 'target',
    'ty le dat': 'attainment', 'ty le hoan thanh': 'attainment', 'cung ky': 'previous', 'ky truoc': 'previous', 'nam truoc': 'previous',
    'tang giam': 'change', 'tang giam %': 'change_percent', 'so voi': 'compared_to', 'thoi gian': 'period', 'ky': 'period',
    'don vi': 'unit', 'noi dung thi dua': 'content', nam: 'year', 'ghi chu': IGNORED,
  },
  models: {
    ma: 'id', 'ma mo hinh': 'id', ten: 'name', 'ten mo hinh': 'name', 'ten mo hinh dien hinh': 'name', loai: 'type', 'don vi': 'unit', 'don vi thuc hien': 'unit',
    'noi dung thi dua': 'content', nam: 'year', 'so nguoi tham gia': 'participants', 'nhan rong': 'replicated', 'gia tri lam loi': 'benefit', 'mo ta': 'description', 'ghi chu': IGNORED,
  },
  model_counts: { loai: 'type', 'so luong': 'count', ten: 'label', 'noi dung thi dua': 'content', 'don vi': 'unit', nam: 'year', 'nhan rong': 'replicated' },
  award_counts: {
    'hinh thuc': 'form', 'hinh thuc khen thuong': 'form', 'tong so': 'total', tong: 'total', 'tap the': 'collectives', 'so tap the': 'collectives',
    'ca nhan': 'individuals', 'so ca nhan': 'individuals', 'ho gia dinh': 'households', 'so ho gia dinh': 'households', 'ghi chu': 'note',
  },
  indicators: { ma: 'code', 'chi so': 'code', nam: 'year', diem: 'score', 'diem so': 'score', 'xep hang': 'rank', 'thu hang': 'rank', 'tren tong so': 'of', ten: 'name' },
  ocop: { nam: 'year', 'chu the': 'subjects', '3 sao': 'three_star', '4 sao': 'four_star', '5 sao': 'five_star', 'tiem nang 5 sao': 'potential_five_star' },
};

/**
 * The field a header names in a sheet of `kind`, `IGNORED` for a known column not read,
 * `undefined` for an unknown one. Labels are matched whole or by their leading words
 * (`Hình thức khen thưởng đề nghị` → form), the longest label first.
 */
export function headerField(kind: DataKind, fields: readonly string[], header: string): string | undefined {
  const folded = fold(header);
  if (folded === '') return undefined;
  const byName = fields.find((f) => fold(f) === folded || f === header.trim());
  if (byName) return byName;
  const labels = { ...Object.fromEntries(COMMON_IGNORED.map((l) => [l, IGNORED])), ...LABELS[kind] };
  let best: { label: string; field: string } | undefined;
  for (const [label, field] of Object.entries(labels)) {
    if (folded !== label && !folded.startsWith(`${label} `)) continue;
    if (!best || label.length > best.label.length) best = { label, field };
  }
  return best?.field;
}

/** The labels a clerk may write for a kind's columns, for the docs and for did-you-mean. */
export const labelsOf = (kind: DataKind): Readonly<Record<string, string>> => LABELS[kind] ?? {};
