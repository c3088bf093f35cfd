import { basename, extname } from 'node:path';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { SourceFile, type EntryPlaces, type Path } from '../load/source-file.js';
import { isDataKind, type DataKind } from '../schema/kinds.js';
import { cellName, isFailure, type RawRow, type RawTable } from './cell.js';
import { sheetKind } from './labels.js';
import { sheetEntries, type EntryOrigin, type NameContext, type RowDefaults } from './sheet-entries.js';

export interface TableOptions extends RowDefaults {
  /** What every sheet holds unless its name says otherwise (a `data:` entry's `kind`). */
  readonly kind?: DataKind;
}

/** The cells of a workbook's entries (or a CSV file's lines): the places its diagnostics name. */
class TablePlaces implements EntryPlaces {
  constructor(
    private readonly display: string,
    private readonly origins: ReadonlyMap<string, { sheet?: string; list: EntryOrigin[] }>,
  ) {}

  placeOf(path: Path): Place {
    const [kind, index, field] = path;
    const group = this.origins.get(String(kind));
    const origin = typeof index === 'number' ? group?.list[index] : undefined;
    if (!group || !origin) return { file: this.display, line: 1, column: 1 };
    const set = typeof field === 'string' ? origin.from?.[field] : undefined;
    if (set) return cellPlace(this.display, group.sheet, set.row, set.column);
    const column = typeof field === 'string' ? origin.columns.get(field) : undefined;
    return cellPlace(this.display, group.sheet, origin.row, column ?? firstFilled(origin.row));
  }
}

const firstFilled = (row: RawRow) => Math.max(0, row.cells.findIndex((c) => c !== undefined));

/** A workbook cell (`file [Sheet] C14`) or, with no sheet, a CSV field (`file:14:23`). */
export function cellPlace(display: string, sheet: string | undefined, row: RawRow, column: number): Place {
  if (sheet === undefined) return { file: display, line: row.number, column: row.at?.[column] ?? 1 };
  return { file: display, line: row.number, column: column + 1, sheet, cell: cellName(column, row.number) };
}

/**
 * A table file as a data file: its sheets read by what their names say (else by `kind`, else,
 * for a file of one sheet, by the file's conventional name), as one SourceFile whose value
 * is what the same data in YAML would be and whose places are cells.
 */
export function tableSource(path: string, display: string, table: RawTable, names: NameContext, options: TableOptions): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const at1 = { file: display, line: 1, column: 1 };
  if (isFailure(table)) return { diagnostics: [diagnostic('error', table.failure, { reason: table.reason ?? '', name: basename(display) }, at1)] };
  const csv = extname(path).toLowerCase() === '.csv';
  const byName = basename(path, extname(path)).toLowerCase();
  const fileKind = isDataKind(byName) ? byName : undefined;
  const diagnostics: Diagnostic[] = [];
  const value: Record<string, Record<string, unknown>[]> = {};
  const origins = new Map<string, { sheet?: string; list: EntryOrigin[] }>();
  table.sheets.forEach((sheet, i) => {
    const named = csv ? undefined : sheetKind(sheet.name);
    const kind = named ?? (options.kind && (i === 0 || table.sheets.length === 1) ? options.kind : undefined) ?? (table.sheets.length === 1 ? fileKind : undefined);
    const sheetName = csv ? undefined : sheet.name;
    if (!kind) {
      if (sheet.rows.length > 0 || table.sheets.length === 1) diagnostics.push(diagnostic(table.sheets.length === 1 ? 'error' : 'info', 'SHEET_NOT_READ', { sheet: sheet.name }, csv ? at1 : { ...at1, sheet: sheet.name, cell: 'A1' }));
      return;
    }
    const read = sheetEntries(sheet, kind, names, options, (row, column) => cellPlace(display, sheetName, row, column));
    diagnostics.push(...read.diagnostics);
    if (origins.has(kind)) {
      // Two sheets of one kind: the first is read; the second is named rather than merged in unseen.
      diagnostics.push(diagnostic('warning', 'SHEET_SAME_KIND', { sheet: sheet.name, kind }, { ...at1, sheet: sheet.name, cell: 'A1' }));
      return;
    }
    const group = { sheet: sheetName, list: [] as EntryOrigin[] };
    origins.set(kind, group);
    (value[kind] ??= []).push(...read.entries);
    group.list.push(...read.origins);
  });
  return { file: new SourceFile(path, display, '', value, undefined, new TablePlaces(display, origins)), diagnostics };
}
