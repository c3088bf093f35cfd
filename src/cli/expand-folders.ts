import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globToRegExp, isGlob } from '../load/glob.js';

/**
 * The report folders a command line names: plain paths as given, globs (`bao-cao/*`,
 * `don-vi/**`) as every folder they match that holds a report.yaml, in sorted order.
 */
export function expandFolders(patterns: readonly string[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      found.push(pattern);
      continue;
    }
    const parts = pattern.split(/[\\/]/);
    const fixed = parts.slice(0, parts.findIndex((p) => isGlob(p))).join('/') || '.';
    const matcher = globToRegExp(pattern.replace(/\/+$/, ''));
    const walk = (dir: string, depth: number) => {
      if (depth > 6) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        const shown = relative('.', path).split(sep).join('/');
        if (matcher.test(shown) && ['report.yaml', 'report.yml'].some((f) => existsSync(join(path, f)))) found.push(shown);
        walk(path, depth + 1);
      }
    };
    if (existsSync(fixed) && statSync(fixed).isDirectory()) walk(fixed, 0);
  }
  return [...new Set(found)].sort();
}
