import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TableOptions } from '../intake/table-source.js';
import { isDataKind } from '../schema/kinds.js';
import { globToRegExp, isGlob, listFiles } from './glob.js';
import { locate } from './locate.js';
import type { SourceFile } from './source-file.js';

/** The names read when report.yaml has no `data:` list (`.yml` is read the same; a workbook or CSV file alike). */
export const CONVENTIONAL_NAMES = ['units', 'models', 'figures', 'indicators', 'awards'];
export const CONVENTIONAL_FILES = CONVENTIONAL_NAMES.map((n) => `${n}.yaml`);
export const isYaml = (name: string) => /\.ya?ml$/i.test(name);
export const isTable = (name: string) => /\.(xlsx|csv)$/i.test(name);
/** Excel 97–2003: named so that it is refused with the way to save it, never skipped. */
export const isOldExcel = (name: string) => /\.xls$/i.test(name);
const isData = (name: string) => isYaml(name) || isTable(name) || isOldExcel(name);

export interface DataSource {
  readonly path: string;
  readonly options: TableOptions;
}

/** The data files a report folder reads: its `data:` list (paths, globs, entries with row defaults) or the conventional names. */
export function dataSources(root: string, report: SourceFile | undefined, diagnostics: Diagnostic[]): DataSource[] {
  const value = report?.value as { data?: unknown } | undefined;
  const listed = value && typeof value === 'object' && Array.isArray(value.data) ? value.data : undefined;
  if (!listed) {
    // A link counts as there even when it points nowhere: reading it then says what is wrong, never a silent skip.
    return CONVENTIONAL_NAMES.flatMap((name) => ['yaml', 'yml', 'xlsx', 'csv', 'xls'].map((ext) => `${name}.${ext}`))
      .map((name) => join(root, name))
      .filter((p) => lstatSync(p, { throwIfNoEntry: false }) !== undefined)
      .map((path) => ({ path, options: {} }));
  }
  const entries = listed.map((d) => (typeof d === 'string' ? { pattern: d, options: {} } : d && typeof d === 'object' && typeof (d as { path?: unknown }).path === 'string' ? entryOf(d as Record<string, unknown>) : undefined));
  const listing = entries.some((e) => e && isGlob(e.pattern)) ? listFiles(root) : { files: [], unreadable: [] };
  for (const folder of listing.unreadable) diagnostics.push(diagnostic('error', 'FOLDER_UNREADABLE', { folder }, { file: folder, line: 1, column: 1 }));
  const chosen = new Map<string, DataSource>();
  entries.forEach((entry, index) => {
    if (!entry) return; // not a path: the schema says what is wrong
    const { pattern, options } = entry;
    const where = () => locate(report!, typeof listed[index] === 'string' ? ['data', index] : ['data', index, 'path']);
    // Policy: data files live inside the report folder and are YAML, workbooks or CSV; anything else is refused unread.
    const outside = isAbsolute(pattern) || relative(root, resolve(root, pattern)).split(sep)[0] === '..';
    if (outside || (!isGlob(pattern) && !isData(pattern))) {
      if (report) diagnostics.push(diagnostic('error', outside ? 'DATA_OUTSIDE_FOLDER' : 'DATA_NOT_YAML', { pattern }, where()));
      return;
    }
    const matches = isGlob(pattern)
      ? listing.files.filter((f) => globToRegExp(pattern).test(f) && isData(f) && !/(^|\/)~\$/.test(f))
      : lstatSync(join(root, pattern), { throwIfNoEntry: false }) !== undefined
        ? [pattern]
        : [];
    if (matches.length === 0 && report) diagnostics.push(diagnostic('error', 'DATA_GLOB_EMPTY', { pattern }, where()));
    for (const m of matches) if (m !== 'report.yaml' && m !== 'report.yml') chosen.set(join(root, m), { path: join(root, m), options });
  });
  return [...chosen.values()];
}

function entryOf(d: Record<string, unknown>): { pattern: string; options: TableOptions } {
  const kind = typeof d.kind === 'string' && isDataKind(d.kind) ? d.kind : undefined;
  const unit = typeof d.unit === 'string' ? d.unit : undefined;
  const status = typeof d.status === 'string' ? d.status : undefined;
  return { pattern: d.path as string, options: { kind, unit, status } };
}
