import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { globToRegExp, isGlob } from './glob.js';
import { locate } from './locate.js';
import type { SourceFile } from './source-file.js';

export interface MemberSpec {
  readonly unit: string;
  readonly dir: string;
  /** The `members:` entry that names it, in report.yaml. */
  readonly where: Place;
}

/**
 * The member folders `members:` names: `{ unit, path }` entries, and globs of folders whose
 * names are the members' unit ids. A folder named but absent is still a member (one that
 * sent nothing); every path stays inside the report folder.
 */
export function memberSpecs(root: string, report: SourceFile | undefined, diagnostics: Diagnostic[]): MemberSpec[] {
  const listed = (report?.value as { members?: unknown } | undefined)?.members;
  if (!report || !Array.isArray(listed)) return [];
  const specs: MemberSpec[] = [];
  listed.forEach((entry, index) => {
    const glob = typeof entry === 'string';
    const path = glob ? entry : (entry as { path?: unknown } | null)?.path;
    const unit = glob ? undefined : (entry as { unit?: unknown } | null)?.unit;
    if (typeof path !== 'string' || (!glob && typeof unit !== 'string')) return; // the schema names it
    const where = locate(report, glob ? ['members', index] : ['members', index, 'path']);
    if (isAbsolute(path) || relative(root, resolve(root, path)).split(sep)[0] === '..') {
      diagnostics.push(diagnostic('error', 'DATA_OUTSIDE_FOLDER', { pattern: path }, where));
      return;
    }
    if (!glob || !isGlob(path)) {
      specs.push({ unit: (unit as string | undefined) ?? basename(path), dir: resolve(root, path), where });
      return;
    }
    const pattern = globToRegExp(path.replace(/\/+$/, ''));
    const folders = listFolders(root).filter((f) => pattern.test(f));
    if (folders.length === 0) diagnostics.push(diagnostic('error', 'DATA_GLOB_EMPTY', { pattern: path }, where));
    for (const folder of folders) specs.push({ unit: basename(folder), dir: join(root, folder), where });
  });
  return specs;
}

/** Folders under root (two levels down is as deep as member globs go), as forward-slash relative paths. */
function listFolders(root: string, prefix = '', depth = 0): string[] {
  if (depth > 3) return [];
  let names: string[];
  try {
    names = readdirSync(join(root, prefix));
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.') && n !== 'out' && n !== 'node_modules' && isFolder(join(root, prefix, n)))
    .sort()
    .flatMap((n) => [`${prefix}${n}`, ...listFolders(root, `${prefix}${n}/`, depth + 1)]);
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();
