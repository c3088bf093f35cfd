import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'report.js');
export const STARTER = join(ROOT, 'templates', 'starter');
export const EXAMPLES = ['tra-vinh-so-ket-2023', 'cum-thi-dua-ctxh-tong-ket-2023', 'tra-vinh-tong-ket-2022', 'bac-kan-doan-ket-sang-tao-2020', 'tien-giang-ke-hoach-2021-2025'];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, without colour. */
export function report(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', REPORT_LANG: '', ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'report-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the starter report (what `report init` writes), with some files replaced or added. */
export function reportFolder(files: Record<string, string> = {}, base = STARTER): string {
  const dir = tempDir();
  cpSync(base, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Replaces one piece of a file of the folder; the test fails loudly if the piece is not there. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** word/document.xml (or any part) of a DOCX / XLSX. */
export function zipPart(path: string, part = 'word/document.xml'): string {
  const entries = unzipSync(readFileSync(path));
  const bytes = entries[part];
  if (!bytes) throw new Error(`${part} not in ${path}`);
  return new TextDecoder().decode(bytes);
}

/** The visible text of document.xml, paragraph by paragraph. */
export function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(''),
  );
}

export function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A DOCX's paragraphs as plain text, one a line: what a reader compares with the source. */
export const docxText = (path: string) => paragraphs(zipPart(path)).join('\n');
