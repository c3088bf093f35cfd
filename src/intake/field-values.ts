import { isRealDate } from '../schema/common.js';
import type { DataKind } from '../schema/kinds.js';
import { NO_CACHED_VALUE, cellText, type CellValue } from './cell.js';
import { fold } from './fold.js';

const WHOLE_FIELDS = new Set(['year', 'rank', 'of']);
const DATE_FIELDS = new Set(['decision_date']);
const NUMBER_FIELDS = new Set(['value', 'target', 'previous', 'change', 'change_percent', 'attainment', 'participants', 'benefit', 'count', 'score', 'total', 'collectives', 'individuals', 'households', 'subjects', 'three_star', 'four_star', 'five_star', 'potential_five_star', 'precedence']);

/** Words a clerk types for a coded value, folded, by field. */
const CHOICES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  recipient: { 'tap the': 'tap-the', 'ca nhan': 'ca-nhan', 'ho gia dinh': 'ho-gia-dinh', ho: 'ho-gia-dinh' },
  gender: { nam: 'nam', nu: 'nu', ong: 'nam', ba: 'nu' },
  status: { 'de nghi': 'proposed', 'da khen': 'granted', 'da khen thuong': 'granted', 'da tang': 'granted' },
  type: { 'mo hinh': 'mo-hinh', 'dien hinh': 'dien-hinh', 'sang kien': 'sang-kien' },
  role: { 'truong khoi': 'truong-khoi', 'truong cum': 'truong-khoi', 'khoi truong': 'truong-khoi', 'pho khoi': 'pho-khoi', 'pho truong khoi': 'pho-khoi', 'thanh vien': 'thanh-vien' },
};
const YES = new Set(['co', 'x', 'true', 'da nhan rong', 'yes']);
const NO = new Set(['khong', 'false', 'chua', 'no']);

export type CellReading = { readonly value: unknown } | { readonly problem: string; readonly args: Record<string, string> };

/**
 * A cell as the value of a field, the way YAML would hold it: a number cell stays a number
 * (`stated` keeps its digits), a text stays text (the schema reads `"1.234"`, `"hơn 140"`),
 * dates become `YYYY-MM-DD` from a date cell or `d/m/yyyy`, words become codes.
 */
export function readField(kind: DataKind, field: string, cell: CellValue): CellReading {
  if (cell === NO_CACHED_VALUE) return { problem: 'FORMULA_NO_CACHED_VALUE', args: {} };
  if (typeof cell === 'object' && !(cell instanceof Date)) return { problem: 'CELL_ERROR', args: { value: cell.error } };
  if (typeof cell === 'number') cell = Number(cell.toPrecision(15)); // what Excel shows: no 0.30000000000000004
  if (DATE_FIELDS.has(field)) return readDate(cell);
  if (typeof cell === 'number') {
    if (NUMBER_FIELDS.has(field) || WHOLE_FIELDS.has(field)) return { value: cell };
    return { value: String(cell) };
  }
  if (cell instanceof Date) return { value: dmy(cell.toISOString().slice(0, 10)) };
  const text = cellText(cell);
  if (typeof cell === 'boolean' || (kind === 'models' && field === 'replicated')) {
    const word = fold(String(text));
    if (YES.has(word)) return { value: true };
    if (NO.has(word)) return { value: false };
  }
  if (WHOLE_FIELDS.has(field) && /^\d+$/.test(text)) return { value: Number(text) };
  const choice = CHOICES[field]?.[fold(text)];
  if (choice) return { value: choice };
  return { value: text };
}

/** `2024-12-20` → `20/12/2024`: how a date is typed into a cell. */
const dmy = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

function readDate(cell: string | number | boolean | Date): CellReading {
  if (cell instanceof Date) {
    // Excel's day count can come back a hair before midnight: the nearest minute is the day meant.
    const at = new Date(Math.round(cell.getTime() / 60000) * 60000);
    return { value: at.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 20000 && cell < 80000) {
    // A date cell without a date format shows Excel's day count: 45646 is 2024-12-20.
    return { value: new Date(Date.UTC(1899, 11, 30) + cell * 86400000).toISOString().slice(0, 10) };
  }
  const text = String(cell).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text)) return { value: text };
  const parts = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (parts) {
    const [, d, m, y] = parts;
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (isRealDate(iso)) return { value: iso };
    const month = Number(m);
    if (month >= 1 && month <= 12) {
      const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
      return { problem: 'IMPOSSIBLE_CELL_DATE', args: { value: text, suggestion: `${last}/${month}/${y}` } };
    }
    if (Number(d) <= 12 && isRealDate(`${y}-${d.padStart(2, '0')}-${m.padStart(2, '0')}`)) {
      return { problem: 'IMPOSSIBLE_CELL_DATE', args: { value: text, suggestion: `${Number(m)}/${Number(d)}/${y}` } };
    }
  }
  return { problem: 'BAD_CELL_DATE', args: { value: text } };
}
