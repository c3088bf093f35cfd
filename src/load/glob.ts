import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** `*` and `?` within a path segment, `**` across segments; relative to `root`. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      source += p[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += p[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out']);

/** Every file under root, as sorted forward-slash relative paths. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile()) found.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

export const isGlob = (pattern: string) => /[*?]/.test(pattern);
