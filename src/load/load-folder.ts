import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeUtf8 } from './decode.js';
import { globToRegExp, isGlob, listFiles } from './glob.js';
import { normaliseText } from './normalise-text.js';
import { parseYaml } from './parse-yaml.js';
import { locate } from './locate.js';
import type { SourceFile } from './source-file.js';

/** The data files read when report.yaml has no `data:` list. */
export const CONVENTIONAL_FILES = ['units.yaml', 'models.yaml', 'figures.yaml', 'indicators.yaml', 'awards.yaml'];

export interface LoadedFolder {
  readonly dir: string;
  readonly report?: SourceFile;
  readonly dataFiles: readonly SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when a file could not be read at all (an I/O problem, exit 3). */
  readonly ioFailure: boolean;
}

export function loadFolder(dir: string): LoadedFolder {
  const root = resolve(dir);
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { dir: root, dataFiles: [], diagnostics: [diagnostic('error', 'NOT_A_FOLDER', { dir })], ioFailure: true };
  }
  const reportPath = join(root, 'report.yaml');
  if (!existsSync(reportPath)) {
    return { dir: root, dataFiles: [], diagnostics: [diagnostic('error', 'MISSING_REPORT', { dir })], ioFailure: false };
  }
  let ioFailure = false;
  const read = (path: string, isReport: boolean): SourceFile | undefined => {
    const result = readSource(path, display(path), isReport);
    diagnostics.push(...result.diagnostics);
    ioFailure ||= result.ioFailure;
    return result.file;
  };

  const report = read(reportPath, true);
  const dataPaths = dataFilePaths(root, report, diagnostics);
  const dataFiles = dataPaths.map((p) => read(p, false)).filter((f): f is SourceFile => f !== undefined);
  return { dir: root, report, dataFiles, diagnostics, ioFailure };
}

function dataFilePaths(root: string, report: SourceFile | undefined, diagnostics: Diagnostic[]): string[] {
  const value = report?.value as { data?: unknown } | undefined;
  const listed = value && typeof value === 'object' && Array.isArray(value.data) ? value.data.filter((d): d is string => typeof d === 'string') : undefined;
  if (!listed) return CONVENTIONAL_FILES.map((name) => join(root, name)).filter((p) => existsSync(p));

  const all = listed.some(isGlob) ? listFiles(root) : [];
  const chosen = new Set<string>();
  listed.forEach((pattern, index) => {
    const matches = isGlob(pattern) ? all.filter((f) => globToRegExp(pattern).test(f)) : existsSync(join(root, pattern)) ? [pattern] : [];
    if (matches.length === 0 && report) {
      diagnostics.push(diagnostic('error', 'DATA_GLOB_EMPTY', { pattern }, locate(report, ['data', index])));
    }
    for (const m of matches) if (m !== 'report.yaml') chosen.add(join(root, m));
  });
  return [...chosen];
}


function readSource(path: string, display: string, isReport: boolean): { file?: SourceFile; diagnostics: Diagnostic[]; ioFailure: boolean } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { diagnostics: [diagnostic('error', 'FILE_UNREADABLE', { reason }, { file: display, line: 1, column: 1 })], ioFailure: true };
  }
  const decoded = decodeUtf8(bytes);
  if ('badByteAt' in decoded) {
    // Everything before the bad byte is valid UTF-8: its lines and characters give the place.
    const lines = Buffer.from(bytes.subarray(0, decoded.badByteAt)).toString('utf8').split('\n');
    const place = { file: display, line: lines.length, column: lines[lines.length - 1].length + 1 };
    return { diagnostics: [diagnostic('error', 'NOT_UTF8', {}, place)], ioFailure: false };
  }
  const parsed = parseYaml(path, display, decoded.text);
  if (!parsed.file) return { diagnostics: parsed.diagnostics, ioFailure: false };
  if (parsed.file.value === null || parsed.file.value === undefined) {
    return { diagnostics: [diagnostic(isReport ? 'error' : 'warning', 'EMPTY_FILE', {}, { file: display, line: 1, column: 1 })], ioFailure: false };
  }
  return { file: parsed.file, diagnostics: [...parsed.diagnostics, ...normaliseText(parsed.file)], ioFailure: false };
}
