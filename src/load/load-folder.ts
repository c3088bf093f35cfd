import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeUtf8 } from './decode.js';
import { globToRegExp, isGlob, listFiles } from './glob.js';
import { normaliseText } from './normalise-text.js';
import { parseYaml } from './parse-yaml.js';
import { locate } from './locate.js';
import type { SourceFile } from './source-file.js';

/** The data files read when report.yaml has no `data:` list (`.yml` is read the same). */
export const CONVENTIONAL_FILES = ['units.yaml', 'models.yaml', 'figures.yaml', 'indicators.yaml', 'awards.yaml'];
const isYaml = (name: string) => /\.ya?ml$/i.test(name);

export interface LoadedFolder {
  readonly dir: string;
  readonly report?: SourceFile;
  readonly dataFiles: readonly SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when a file could not be read at all (an I/O problem, exit 3). */
  readonly ioFailure: boolean;
  /** The text of every file that was read, parsed or not, by display path: for source excerpts. */
  readonly texts: ReadonlyMap<string, string>;
  /** Files whose data could not be used (not UTF-8, YAML syntax): what they declare is unknown. */
  readonly unusable: readonly string[];
  /** Every file the report reads, as absolute paths: outputs must never land on one of them. */
  readonly inputs: readonly string[];
}

export function loadFolder(dir: string): LoadedFolder {
  const root = resolve(dir);
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;
  const none = { dataFiles: [], texts: new Map(), unusable: [], inputs: [] };
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
  let ioFailure = false;
  const texts = new Map<string, string>();
  const unusable: string[] = [];
  const read = (path: string, isReport: boolean): SourceFile | undefined => {
    const result = leavesFolder(root, path)
      ? { diagnostics: [diagnostic('error', 'DATA_OUTSIDE_FOLDER', { pattern: relative(root, path) }, { file: display(path), line: 1, column: 1 })], ioFailure: false }
      : readSource(path, display(path), isReport);
    diagnostics.push(...result.diagnostics);
    ioFailure ||= result.ioFailure;
    if (result.text !== undefined) texts.set(display(path), result.text);
    if (!result.file && result.diagnostics.some((d) => d.severity === 'error')) unusable.push(display(path));
    return result.file;
  };

  const report = read(reportPath, true);
  const dataPaths = dataFilePaths(root, report, diagnostics);
  const dataFiles = dataPaths.map((p) => read(p, false)).filter((f): f is SourceFile => f !== undefined);
  diagnostics.push(...unreadYamlFiles(root, [reportPath, ...dataPaths], display));
  return { dir: root, report, dataFiles, diagnostics, ioFailure, texts, unusable, inputs: [reportPath, ...dataPaths] };
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
 * YAML files beside report.yaml that the report does not read: a file named by a typo
 * (`khen-thuong.yaml`, `award.yaml`) would otherwise vanish from the report without a word.
 */
function unreadYamlFiles(root: string, read: readonly string[], display: (path: string) => string): Diagnostic[] {
  const taken = new Set(read.map((p) => resolve(p)));
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && isYaml(e.name) && !taken.has(resolve(root, e.name)))
    .map((e) => e.name)
    .sort()
    .map((name) => diagnostic('warning', 'UNREAD_DATA_FILE', { name, files: CONVENTIONAL_FILES.join(', ') }, { file: display(join(root, name)), line: 1, column: 1 }));
}

function dataFilePaths(root: string, report: SourceFile | undefined, diagnostics: Diagnostic[]): string[] {
  const value = report?.value as { data?: unknown } | undefined;
  const listed = value && typeof value === 'object' && Array.isArray(value.data) ? value.data.filter((d): d is string => typeof d === 'string') : undefined;
  if (!listed) {
    // A link counts as there even when it points nowhere: reading it then says what is wrong, never a silent skip.
    return CONVENTIONAL_FILES.flatMap((name) => [name, name.replace(/\.yaml$/, '.yml')]).map((name) => join(root, name)).filter((p) => lstatSync(p, { throwIfNoEntry: false }) !== undefined);
  }

  const listing = listed.some(isGlob) ? listFiles(root) : { files: [], unreadable: [] };
  for (const folder of listing.unreadable) diagnostics.push(diagnostic('error', 'FOLDER_UNREADABLE', { folder }, { file: folder, line: 1, column: 1 }));
  const all = listing.files;
  const chosen = new Set<string>();
  listed.forEach((pattern, index) => {
    // Policy: data files live inside the report folder and are YAML; anything else is refused unread.
    const outside = isAbsolute(pattern) || relative(root, resolve(root, pattern)).split(sep)[0] === '..';
    if (outside || (!isGlob(pattern) && !isYaml(pattern))) {
      if (report) diagnostics.push(diagnostic('error', outside ? 'DATA_OUTSIDE_FOLDER' : 'DATA_NOT_YAML', { pattern }, locate(report, ['data', index])));
      return;
    }
    const matches = isGlob(pattern)
      ? all.filter((f) => globToRegExp(pattern).test(f) && isYaml(f))
      : lstatSync(join(root, pattern), { throwIfNoEntry: false }) !== undefined
        ? [pattern]
        : [];
    if (matches.length === 0 && report) {
      diagnostics.push(diagnostic('error', 'DATA_GLOB_EMPTY', { pattern }, locate(report, ['data', index])));
    }
    for (const m of matches) if (m !== 'report.yaml' && m !== 'report.yml') chosen.add(join(root, m));
  });
  return [...chosen];
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
