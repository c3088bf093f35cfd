import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { showPlace, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFolder } from '../load/load-folder.js';
import { checkShapes } from '../validate/check-shapes.js';
import { isFailure, type RawTable } from './cell.js';
import { convertWithOwnUnits } from './name-context.js';
import { readCsv } from './read-csv.js';
import { tableSource } from './table-source.js';
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../load/decode.js';
import { dataSources } from '../load/data-sources.js';
import type { DataKind } from '../schema/kinds.js';

/** The report folder a table sits in (its own folder or one above), whose units and forms its cells may name. */
function enclosingReports(path: string): string[] {
  const found: string[] = [];
  let dir = dirname(resolve(path));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) if (existsSync(join(dir, 'report.yaml')) || existsSync(join(dir, 'report.yml'))) found.push(dir);
  return found;
}

/**
 * A workbook or CSV file as YAML of the format: what the tool read, one entry a line, each
 * with a comment naming its source cell; the same diagnostics as a build would give.
 */
export async function importTable(path: string, kind?: DataKind): Promise<{ yaml?: string; diagnostics: Diagnostic[] }> {
  const display = relative(process.cwd(), path) || path;
  let table: RawTable;
  if (/\.csv$/i.test(path)) {
    const decoded = decodeUtf8(readFileSync(path));
    table = 'badByteAt' in decoded ? { failure: 'CSV_NOT_UTF8' } : readCsv(decoded.text, display);
  } else {
    const { readWorkbook } = await import('./read-workbook.js');
    table = await readWorkbook(path);
  }
  // A member's file may name units the roll-up above it declares.
  const folders = enclosingReports(path).map((dir) => loadFolder(dir));
  const values = folders.flatMap((f) => [f.report?.value, ...f.dataFiles.filter((d) => !d.places).map((d) => d.value)]);
  // The file's own `data:` entry (its kind, unit, status), as a build would read it.
  const listed = enclosingReports(path).flatMap((dir, i) => dataSources(dir, folders[i].report, [])).find((s) => s.path === resolve(path))?.options ?? {};
  const options = kind ? { ...listed, kind } : listed;
  const [read] = convertWithOwnUnits(folders.at(-1)?.report?.value, values, (names) => [tableSource(resolve(path), display, table, names, options)]);
  if (!read.file || isFailure(table)) return { diagnostics: read.diagnostics };
  const shapes = checkShapes(undefined, [read.file]);
  const diagnostics = [...read.diagnostics, ...shapes.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const lines = [`# Đọc từ ${display} bằng \`report import\`; mỗi mục ghi ô nguồn ở cuối dòng.`];
  for (const [kind, list] of Object.entries(read.file.value as Record<string, Record<string, unknown>[]>)) {
    lines.push(`${kind}:`);
    list.forEach((entry, i) => lines.push(`  - ${flow(entry)}   # ${showPlace(read.file!.places!.placeOf([kind, i]))}`));
  }
  return { yaml: lines.join('\n') + '\n', diagnostics };
}

/** `{ form: bang-khen-tinh, name: "Nguyễn Văn A" }`: codes plain, texts quoted (JSON's quoting is YAML's). */
function flow(entry: Record<string, unknown>): string {
  const parts = Object.entries(entry).map(([k, v]) => `${k}: ${typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && !/^\d/.test(v) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off'].includes(v) ? v : JSON.stringify(v)}`);
  return `{ ${parts.join(', ')} }`;
}
