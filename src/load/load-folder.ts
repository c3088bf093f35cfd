import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { decodeUtf8 } from './decode.js';
import { normaliseText } from './normalise-text.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';


import { isFailure, type RawTable } from '../intake/cell.js';
import { readCsv } from '../intake/read-csv.js';
import { tableSource, type TableOptions } from '../intake/table-source.js';
import { convertWithOwnUnits, type nameContext } from '../intake/name-context.js';
import { CONVENTIONAL_FILES, dataSources, isOldExcel, isTable, isYaml, type DataSource } from './data-sources.js';
import { memberSpecs, type MemberSpec } from './member-folders.js';

export { CONVENTIONAL_FILES };

/** A member of a roll-up: its folder, its own files, its own members. */
export interface LoadedMember {
  readonly unit: string;
  readonly dir: string;
  /** The `members:` entry naming it. */
  readonly where: Place;
  /** Its report.yaml, when it has one (only `data:`, `members:` and `narrative` are used). */
  readonly report?: SourceFile;
  readonly files: readonly SourceFile[];
  readonly members: readonly LoadedMember[];
  /** The folder is absent, or neither it nor its members hold a data file. */
  readonly missing: boolean;
}

export interface LoadedFolder {
  readonly dir: string;
  readonly report?: SourceFile;
  /** Every data file, the members' included (each tagged with its member). */
  readonly dataFiles: readonly SourceFile[];
  readonly members: readonly LoadedMember[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when a file could not be read at all (an I/O problem, exit 3). */
  readonly ioFailure: boolean;
  /** The text of every file that was read, parsed or not, by display path: for source excerpts. */
  readonly texts: ReadonlyMap<string, string>;
  /** Files whose data could not be used (not UTF-8, YAML syntax): what they declare is unknown. */
  readonly unusable: readonly string[];
  /** Every file the report reads, as absolute paths: outputs must never land on one of them. */
  readonly inputs: readonly string[];
  /** Workbooks to read (asynchronously, with exceljs) before the folder can be loaded whole. */
  readonly pendingTables: readonly string[];
}

const display = (path: string) => relative(process.cwd(), path) || path;

/** What one load gathers while it reads files, the members' too. */
class Reading {
  readonly diagnostics: Diagnostic[] = [];
  readonly texts = new Map<string, string>();
  readonly unusable: string[] = [];
  readonly inputs: string[] = [];
  readonly pending: string[] = [];
  readonly yamlFiles: SourceFile[] = [];
  readonly tableJobs: { source: DataSource; member?: readonly string[]; into: SourceFile[] }[] = [];
  ioFailure = false;

  constructor(
    readonly root: string,
    readonly tables: ReadonlyMap<string, RawTable>,
  ) {}

  read(path: string, isReport: boolean): SourceFile | undefined {
    this.inputs.push(path);
    const result = leavesFolder(this.root, path)
      ? { diagnostics: [diagnostic('error', 'DATA_OUTSIDE_FOLDER', { pattern: relative(this.root, path) }, { file: display(path), line: 1, column: 1 })], ioFailure: false }
      : readSource(path, display(path), isReport);
    this.diagnostics.push(...result.diagnostics);
    this.ioFailure ||= result.ioFailure;
    if (result.text !== undefined) this.texts.set(display(path), result.text);
    if (!result.file && result.diagnostics.some((d) => d.severity === 'error')) this.unusable.push(display(path));
    return result.file;
  }

  /** A folder's data files: YAML read now, tables queued until every unit and form name is known. */
  readSources(sources: readonly DataSource[], member: readonly string[] | undefined, into: SourceFile[]) {
    for (const source of sources) {
      if (isOldExcel(source.path)) {
        this.inputs.push(source.path);
        this.diagnostics.push(diagnostic('error', 'XLS_FILE', { name: basename(source.path) }, { file: display(source.path), line: 1, column: 1 }));
        this.unusable.push(display(source.path));
      } else if (isTable(source.path)) {
        this.inputs.push(source.path);
        this.tableJobs.push({ source, member, into });
      } else {
        const file = this.read(source.path, false);
        if (!file) continue;
        if (member) joinAsMember(file, member);
        this.yamlFiles.push(file);
        into.push(file);
      }
    }
  }

  member(spec: MemberSpec, chain: readonly string[]): LoadedMember {
    if (!existsSync(spec.dir) || !statSync(spec.dir).isDirectory()) return { unit: spec.unit, dir: spec.dir, where: spec.where, files: [], members: [], missing: true };
    const reportPath = ['report.yaml', 'report.yml'].map((n) => join(spec.dir, n)).find((p) => existsSync(p));
    const report = reportPath ? this.read(reportPath, false) : undefined;
    if (report) report.member = [...chain];
    const files: SourceFile[] = [];
    const sources = dataSources(spec.dir, report, this.diagnostics);
    this.readSources(sources, chain, files);
    if (!report) this.diagnostics.push(...unreadDataFiles(spec.dir, sources.map((s) => s.path)));
    const members = memberSpecs(spec.dir, report, this.diagnostics).map((m) => this.member(m, [...chain, m.unit]));
    const sent = sources.length > 0 || members.some((m) => !m.missing);
    return { unit: spec.unit, dir: spec.dir, where: spec.where, report, files, members, missing: !sent };
  }
}

export function loadFolder(dir: string, tables: ReadonlyMap<string, RawTable> = new Map()): LoadedFolder {
  const root = resolve(dir);
  const none = { dataFiles: [], members: [], texts: new Map(), unusable: [], inputs: [], pendingTables: [] };
  if (existsSync(root) && statSync(root).isFile()) {
    return { dir: root, ...none, diagnostics: [diagnostic('error', 'FILE_NOT_FOLDER', { dir, parent: dirname(dir) || '.' })], ioFailure: true };
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { dir: root, ...none, diagnostics: [diagnostic('error', 'NOT_A_FOLDER', { dir })], ioFailure: true };
  }
  const reportPath = ['report.yaml', 'report.yml'].map((name) => join(root, name)).find((p) => existsSync(p));
  if (!reportPath) {
    return { dir: root, ...none, diagnostics: [diagnostic('error', 'MISSING_REPORT', { dir })], ioFailure: false };
  }
  const reading = new Reading(root, tables);
  const report = reading.read(reportPath, true);
  const dataFiles: SourceFile[] = [];
  const sources = dataSources(root, report, reading.diagnostics);
  reading.readSources(sources, undefined, dataFiles);
  reading.diagnostics.push(...unreadDataFiles(root, [reportPath, ...sources.map((s) => s.path)]));
  const members = memberSpecs(root, report, reading.diagnostics).map((spec) => reading.member(spec, [spec.unit]));
  const memberFiles = (list: readonly LoadedMember[]): SourceFile[] => list.flatMap((m) => [...m.files, ...memberFiles(m.members)]);
  readTables(reading, report);
  return {
    dir: root,
    report,
    dataFiles: [...dataFiles, ...memberFiles(members)],
    members,
    diagnostics: reading.diagnostics,
    ioFailure: reading.ioFailure,
    texts: reading.texts,
    unusable: reading.unusable,
    inputs: reading.inputs,
    pendingTables: reading.pending,
  };
}

/**
 * The workbooks and CSV files, once every YAML file is read: a cell may name a unit or a
 * form by its printed name, so those names must be known first. A units sheet adds names,
 * so the tables are read again when one did.
 */
function readTables(reading: Reading, report: SourceFile | undefined) {
  const raw = reading.tableJobs.map((job) => {
    const path = job.source.path;
    if (/\.csv$/i.test(path)) return csvTable(reading, path);
    const table = reading.tables.get(path);
    if (!table) reading.pending.push(path);
    return table;
  });
  if (reading.pending.length > 0) return;
  const convert = (names: ReturnType<typeof nameContext>) =>
    reading.tableJobs.map((job, i) => {
      const table = raw[i];
      if (!table) return { diagnostics: [] };
      const options: TableOptions = { ...job.source.options, unit: job.source.options.unit ?? job.member?.at(-1) };
      return tableSource(job.source.path, display(job.source.path), table, names, options);
    });
  const read = convertWithOwnUnits(report?.value, reading.yamlFiles.map((f) => f.value), convert);
  read.forEach((r, i) => {
    const job = reading.tableJobs[i];
    reading.diagnostics.push(...r.diagnostics);
    if (!r.file) {
      if (r.diagnostics.some((d) => d.severity === 'error')) reading.unusable.push(display(job.source.path));
      const table = raw[i];
      if (table && isFailure(table) && table.failure === 'WORKBOOK_UNREADABLE' && /^E[A-Z]+$/.test(table.reason ?? '')) reading.ioFailure = true;
      return;
    }
    if (job.member) r.file.member = [...job.member];
    job.into.push(r.file);
  });
}

function csvTable(reading: Reading, path: string): RawTable | undefined {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    bytes = readFileSync(path);
  } catch (error) {
    return { failure: 'WORKBOOK_UNREADABLE', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const decoded = decodeUtf8(bytes);
  if ('badByteAt' in decoded) return { failure: 'CSV_NOT_UTF8' };
  reading.texts.set(display(path), decoded.text.replace(/^\uFEFF/, ''));
  return readCsv(decoded.text, basename(path));
}

/** A member's entries without a unit are the member's: its awards, counts and models. */
function joinAsMember(file: SourceFile, member: readonly string[]) {
  file.member = [...member];
  const value = file.value as Record<string, unknown> | null;
  if (!value || typeof value !== 'object') return;
  for (const kind of ['awards', 'award_counts', 'models', 'model_counts']) {
    const list = value[kind];
    if (!Array.isArray(list)) continue;
    for (const entry of list) if (entry && typeof entry === 'object' && !Array.isArray(entry) && (entry as { unit?: unknown }).unit === undefined) (entry as Record<string, unknown>).unit = member.at(-1);
  }
}

/** A link inside the report folder that points out of it: its target is not the report's to read or echo. */
function leavesFolder(root: string, path: string): boolean {
  try {
    const inside = relative(realpathSync(root), realpathSync(path));
    return inside.startsWith('..') || isAbsolute(inside);
  } catch {
    return false; // a dangling link or a loop: reading it says so
  }
}

/**
 * Data files beside report.yaml that the report does not read: a file named by a typo
 * (`khen-thuong.yaml`, `award.yaml`, `danh-sach.xlsx`) would otherwise vanish from the report without a word.
 */
function unreadDataFiles(root: string, read: readonly string[]): Diagnostic[] {
  const taken = new Set(read.map((p) => resolve(p)));
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && (isYaml(e.name) || isTable(e.name) || isOldExcel(e.name)) && !e.name.startsWith('~$') && !taken.has(resolve(root, e.name)) && !/^report\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => diagnostic('warning', 'UNREAD_DATA_FILE', { name, files: CONVENTIONAL_FILES.join(', ') }, { file: display(join(root, name)), line: 1, column: 1 }));
}

function readSource(path: string, display: string, isReport: boolean): { file?: SourceFile; text?: string; diagnostics: Diagnostic[]; ioFailure: boolean } {
  let bytes: Uint8Array;
  try {
    // Never read what is not a regular file: a FIFO would wait forever, a device would never end.
    const info = statSync(path);
    if (!info.isFile()) return { diagnostics: [diagnostic('error', 'NOT_A_REGULAR_FILE', {}, { file: display, line: 1, column: 1 })], ioFailure: true };
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const place = { file: display, line: 1, column: 1 };
    if (reason === 'ELOOP') return { diagnostics: [diagnostic('error', 'LINK_LOOP', {}, place)], ioFailure: true };
    if (reason === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return { diagnostics: [diagnostic('error', 'DANGLING_LINK', {}, place)], ioFailure: true };
    return { diagnostics: [diagnostic('error', 'FILE_UNREADABLE', { reason }, place)], ioFailure: true };
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return { diagnostics: [diagnostic('error', 'UTF16_FILE', { encoding: utf16 }, { file: display, line: 1, column: 1 })], ioFailure: false };
  const decoded = decodeUtf8(bytes);
  if ('badByteAt' in decoded) {
    // Everything before the bad byte is valid UTF-8: its lines and characters give the place.
    const lines = Buffer.from(bytes.subarray(0, decoded.badByteAt)).toString('utf8').split('\n');
    const place = { file: display, line: lines.length, column: lines[lines.length - 1].length + 1 };
    return { diagnostics: [diagnostic('error', 'NOT_UTF8', {}, place)], ioFailure: false };
  }
  const text = decoded.text;
  const parsed = parseYaml(path, display, text);
  if (!parsed.file) return { text, diagnostics: parsed.diagnostics, ioFailure: false };
  if (parsed.file.value === null || parsed.file.value === undefined) {
    return { text, diagnostics: [diagnostic(isReport ? 'error' : 'warning', 'EMPTY_FILE', {}, { file: display, line: 1, column: 1 })], ioFailure: false };
  }
  return { file: parsed.file, text, diagnostics: [...parsed.diagnostics, ...normaliseText(parsed.file), ...cutByComment(text, display)], ioFailure: false };
}

/** A file saved as UTF-16 (Notepad's "Unicode"): a byte-order mark, or a zero byte beside every ASCII one. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const sample = bytes.subarray(0, 200);
  const zeros = sample.filter((b) => b === 0).length;
  return sample.length >= 4 && zeros * 3 >= sample.length ? (sample[0] === 0 ? 'UTF-16 BE' : 'UTF-16 LE') : undefined;
}

/**
 * `position: Bí thư Chi đoàn #3`: YAML reads ` #3` as a comment and the value loses it.
 * A `#` right after a space and followed by a letter or digit, after an unquoted value,
 * is most likely part of the text: a warning that says to quote it.
 */
function cutByComment(text: string, display: string): Diagnostic[] {
  if (!text.includes(' #')) return [];
  const found: Diagnostic[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const match = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:[ \t]+)([^"'\s#{[|>&*!%@`][^#]*?)[ \t]+#([\p{L}\p{N}][^\n]*)$/u.exec(line);
    if (!match) return;
    const [, key, value, rest] = match;
    found.push(diagnostic('warning', 'COMMENT_CUTS_VALUE', { value, cut: `#${rest.trimEnd()}`, quoted: `"${value} #${rest.trimEnd()}"` }, { file: display, line: i + 1, column: key.length + value.length + 2 }));
  });
  return found;
}
