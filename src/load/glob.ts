import { readdirSync, statSync } from 'node:fs';
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

/**
 * Every file under root, as sorted forward-slash relative paths: links to files count as
 * files (a dangling link too, so that reading it says what is wrong); links to folders are
 * not followed (no loops); folders that cannot be read are listed apart.
 */
export function listFiles(root: string): { files: string[]; unreadable: string[] } {
  const files: string[] = [];
  const unreadable: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      unreadable.push(relative(process.cwd(), dir) || dir);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && !linksToFolder(path))) {
        files.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return { files: files.sort(), unreadable };
}

function linksToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // dangling or a loop: listed, so that reading it reports the problem
  }
}

export const isGlob = (pattern: string) => /[*?]/.test(pattern);
