import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { DATA_KINDS, type DataKind } from '../schema/kinds.js';
import { suggest } from '../validate/suggest.js';
import { cellText, isEmptyCell, type RawRow, type RawSheet } from './cell.js';
import { readField } from './field-values.js';
import { fold } from './fold.js';
import { IGNORED, POSITION_AND_UNIT, headerField, labelsOf } from './labels.js';
import type { NameIndex } from './printed-names.js';

/** What a cell's code may name, known before the sheets are read: every unit, form and content of the report. */
export interface NameContext {
  readonly units: NameIndex;
  readonly forms: NameIndex;
  readonly contents: NameIndex;
}

/** Values every row of a file gets unless it states its own (a `data:` entry's options, a member's unit). */
export interface RowDefaults {
  readonly unit?: string;
  readonly status?: string;
}

/** Where an entry came from: its row, and the cells of values set by a section row above it. */
export interface EntryOrigin {
  readonly row: RawRow;
  readonly columns: ReadonlyMap<string, number>;
  readonly from?: Readonly<Record<string, { readonly row: RawRow; readonly column: number }>>;
}

export type PlaceAt = (row: RawRow, column: number) => Place;

const HEADER_SEARCH_ROWS = 20;
const REFERENCES: Readonly<Record<string, keyof NameContext>> = { unit: 'units', parent: 'units', form: 'forms', content: 'contents' };
const RECIPIENT_SECTIONS: Readonly<Record<string, string>> = { 'tap the': 'tap-the', 'ca nhan': 'ca-nhan', 'ho gia dinh': 'ho-gia-dinh' };
const FORM_WORDS = /^(bang khen|giay khen|co thi dua|chien si thi dua|huan chuong|huy chuong|ky niem chuong|danh hieu)\b/;
const NUMBERING = /^(?:[IVXLC]+|[A-Za-z])[.)]?$/;
const TOTAL = /^(tong cong|cong|tong so)\b/;

interface Section {
  readonly value: string | undefined; // undefined: a form section that names no form
  readonly row: RawRow;
  readonly column: number;
}

/**
 * The entries of one sheet, as a YAML list of that kind would hold them. The header row is
 * the first of the top rows with two recognised labels (the unit's own header block and a
 * merged title above it are not data); below it, section rows set the recipient kind and
 * the form of the rows that follow, `Tổng cộng` rows are checked against the rows counted,
 * and printed names are resolved to codes.
 */
export function sheetEntries(sheet: RawSheet, kind: DataKind, names: NameContext, defaults: RowDefaults, at: PlaceAt) {
  const diagnostics: Diagnostic[] = [];
  const entries: Record<string, unknown>[] = [];
  const origins: EntryOrigin[] = [];
  const fields = Object.keys(DATA_KINDS[kind].shape);
  const headerAt = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const found = row.cells.map((c) => (isEmptyCell(c) ? undefined : headerField(kind, fields, cellText(c))));
    return found.filter((f) => f !== undefined).length >= 2 && found.some((f) => f !== undefined && f !== IGNORED);
  });
  if (headerAt < 0) {
    const first = sheet.rows[0] ?? { number: 1, cells: [] };
    diagnostics.push(diagnostic('error', 'TABLE_NO_HEADER', { sheet: sheet.name, kind, labels: Object.keys(labelsOf(kind)).slice(0, 4).join(', ') }, at(first, 0)));
    return { entries, origins, diagnostics };
  }
  const header = sheet.rows[headerAt];
  const columns = new Map<string, number>();
  header.cells.forEach((c, column) => {
    if (isEmptyCell(c)) return;
    const label = cellText(c);
    const field = headerField(kind, fields, label);
    if (field === undefined) {
      const suggestion = suggest(fold(label), [...Object.keys(labelsOf(kind)), ...fields]);
      diagnostics.push(diagnostic('warning', 'TABLE_UNKNOWN_COLUMN', { label, ...(suggestion ? { suggestion } : {}) }, at(header, column)));
    } else if (field !== IGNORED && !columns.has(field)) columns.set(field, column);
  });

  let recipient: Section | undefined;
  let form: Section | undefined;
  let counted = { all: 0, part: 0, byKind: new Map<string, number>() };
  sheet.rows.slice(headerAt + 1).forEach((row, index) => {
    const texts = row.cells.map(cellText);
    if (texts.every((t) => t === '')) return;
    if (index === 0 && repeatsHeader(row, header)) return;
    if (isTotalRow(texts)) {
      if (kind === 'awards') diagnostics.push(...checkTotal(row, texts, counted, at));
      if (TOTAL.exec(fold(texts.find((t) => t !== '') ?? ''))?.[1] === 'cong') counted = { ...counted, part: 0 };
      return;
    }
    if (kind === 'awards') {
      const section = sectionOf(row, texts, columns, names);
      if (section) {
        if (section.recipient) recipient = section.recipient;
        if (section.form) form = section.form;
        if (section.form && section.form.value === undefined) {
          const suggestion = names.forms.closest(section.text);
          diagnostics.push(diagnostic('error', 'UNKNOWN_REF', { id: section.text, kind: 'form', ...(suggestion ? { suggestion } : {}) }, at(row, section.form.column)));
        }
        counted = { ...counted, part: 0 };
        return;
      }
    }
    const entry: Record<string, unknown> = {};
    const from: Record<string, { row: RawRow; column: number }> = {};
    let unresolved = false;
    for (const [field, column] of columns) {
      const cell = row.cells[column];
      if (isEmptyCell(cell)) continue;
      const fail = (code: string, args: Record<string, string>) => diagnostics.push(diagnostic('error', code, args, at(row, column)));
      if (field === POSITION_AND_UNIT) {
        Object.assign(entry, splitPositionAndUnit(cellText(cell), names.units));
        continue;
      }
      const reading = readField(kind, field, cell!);
      if ('problem' in reading) {
        fail(reading.problem, { field, ...reading.args });
        continue;
      }
      const list = REFERENCES[field];
      if (list && typeof reading.value === 'string') {
        const code = names[list].find(reading.value);
        if (code === undefined) {
          const suggestion = names[list].closest(reading.value);
          fail('UNKNOWN_REF', { id: reading.value, kind: field === 'parent' ? 'unit' : field, ...(suggestion ? { suggestion } : {}) });
          unresolved = true;
          continue;
        }
        entry[field] = code;
        continue;
      }
      entry[field] = reading.value;
    }
    if (Object.keys(entry).length === 0) return; // only an STT
    if (kind === 'awards') {
      counted.all++;
      counted.part++;
    }
    // A row naming an unknown unit or form is reported at that cell once; checked further, it would only echo it.
    if (unresolved) return;
    if (kind === 'awards') {
      if (entry.recipient === undefined && recipient) {
        entry.recipient = recipient.value;
        from.recipient = recipient;
      }
      if (entry.form === undefined && form) {
        if (form.value === undefined) return; // under a form heading that names no form: reported there once
        entry.form = form.value;
        from.form = form;
      }
      readTitle(entry);
      if (entry.status === undefined && defaults.status) entry.status = defaults.status;
      const k = String(entry.recipient ?? '');
      counted.byKind.set(k, (counted.byKind.get(k) ?? 0) + 1);
    }
    if (fields.includes('unit') && entry.unit === undefined && defaults.unit) entry.unit = defaults.unit;
    entries.push(entry);
    origins.push({ row, columns, from: Object.keys(from).length ? from : undefined });
  });
  return { entries, origins, diagnostics };
}

/** `Ông Nguyễn Văn A` / `Bà …`: the name without the word, and the person's gender. */
function readTitle(entry: Record<string, unknown>) {
  if (typeof entry.name !== 'string' || entry.recipient === 'tap-the') return;
  const title = /^(Ông|Bà)\s+(?=\p{Lu})/u.exec(entry.name);
  if (!title) return;
  entry.name = entry.name.slice(title[0].length);
  if (entry.recipient === undefined) entry.recipient = 'ca-nhan';
  if (entry.gender === undefined) entry.gender = title[1] === 'Ông' ? 'nam' : 'nu';
}

/** `Chủ tịch Hội Nông dân, Hội Nông dân tỉnh`: split at the last comma when what follows names a declared unit. */
function splitPositionAndUnit(text: string, units: NameIndex): Record<string, string> {
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const unit = units.find(text.slice(comma + 1).trim());
    if (unit) return { position: text.slice(0, comma).trim(), unit };
  }
  return { position: text };
}

/** The row under a two-line header, or the row of column numbers `(1) (2) (3)` Vietnamese lists carry. */
function repeatsHeader(row: RawRow, header: RawRow): boolean {
  const filled = row.cells.map((c, i) => [cellText(c), cellText(header.cells[i])] as const).filter(([t]) => t !== '');
  return filled.every(([t, above]) => t === above || /^\(?\d{1,2}\)?$/.test(t));
}

function isTotalRow(texts: readonly string[]): boolean {
  const first = texts.find((t) => t !== '' && !/^\d+$/.test(t));
  return first !== undefined && TOTAL.test(fold(first)) && !texts.some((t) => /^\d+$/.test(t) && texts.indexOf(t) < texts.indexOf(first));
}

function checkTotal(row: RawRow, texts: readonly string[], counted: { all: number; part: number; byKind: Map<string, number> }, at: PlaceAt): Diagnostic[] {
  const label = fold(texts.find((t) => t !== '')!);
  const rows = label.startsWith('tong') ? counted.all : counted.part;
  for (let column = 0; column < row.cells.length; column++) {
    const cell = row.cells[column];
    const text = texts[column];
    if (typeof cell === 'number' && Number.isInteger(cell)) {
      return cell === rows ? [] : [diagnostic('warning', 'TABLE_TOTAL_DIFFERS', { stated: cell, counted: rows }, at(row, column))];
    }
    const byKind = [...fold(text).matchAll(/(\d+) (tap the|ca nhan|ho gia dinh)(?! ca nhan| ho gia dinh)/g)];
    if (byKind.length > 0 && label.startsWith('tong')) {
      for (const [, n, words] of byKind) {
        const found = counted.byKind.get(RECIPIENT_SECTIONS[words]) ?? 0;
        if (Number(n) !== found) return [diagnostic('warning', 'TABLE_TOTAL_DIFFERS', { stated: `${n} ${words === 'tap the' ? 'tập thể' : words === 'ca nhan' ? 'cá nhân' : 'hộ gia đình'}`, counted: found }, at(row, column))];
      }
      return [];
    }
    const single = /^\D*?(\d+)\D*$/.exec(text);
    if (single && text !== texts.find((t) => t !== '')) {
      return Number(single[1]) === rows ? [] : [diagnostic('warning', 'TABLE_TOTAL_DIFFERS', { stated: Number(single[1]), counted: rows }, at(row, column))];
    }
    const own = /^\D+:?\s*(\d+)\D*$/.exec(text);
    if (own) return Number(own[1]) === rows ? [] : [diagnostic('warning', 'TABLE_TOTAL_DIFFERS', { stated: Number(own[1]), counted: rows }, at(row, column))];
  }
  return [];
}

/**
 * A row that is a heading, not a recipient: `I. TẬP THỂ` sets the recipient kind, the printed
 * name of a form (`Bằng khen của Chủ tịch UBND tỉnh`) the form; another heading in capitals
 * or under a roman numeral (`II. CÁC XÃ`) groups rows and sets nothing.
 */
function sectionOf(row: RawRow, texts: readonly string[], columns: ReadonlyMap<string, number>, names: NameContext) {
  const distinct = [...new Set(texts.filter((t) => t !== ''))];
  const numbered = distinct.some((t) => NUMBERING.test(t));
  const counted = distinct.some((t) => /^\d+$/.test(t));
  const words = distinct.filter((t) => !NUMBERING.test(t) && !/^\d+[.)]?$/.test(t));
  if (words.length !== 1) return undefined;
  const column = texts.indexOf(words[0]);
  const dataColumns = [...columns].filter(([f]) => f !== 'name' && f !== POSITION_AND_UNIT).map(([, c]) => c);
  const alone = !dataColumns.some((c) => (texts[c] ?? '') !== '' && texts[c] !== words[0]);
  if (!alone) return undefined;
  const text = words[0].replace(/^(?:[IVXLC]+|[A-Za-z]|\d+)[.)]\s*/, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/:$/, '').trim();
  const folded = fold(text).replace(/^(cac|danh sach|khen thuong) /, '');
  if (RECIPIENT_SECTIONS[folded]) return { text, recipient: { value: RECIPIENT_SECTIONS[folded], row, column } };
  const code = names.forms.find(text) ?? names.forms.findByLeadingWords(text);
  if (code) return { text, form: { value: code, row, column } };
  if (counted) return undefined;
  if (FORM_WORDS.test(folded)) return { text, form: { value: undefined, row, column } };
  if (numbered || text === text.toLocaleUpperCase('vi')) return { text };
  return undefined;
}
