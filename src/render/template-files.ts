import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { TEMPLATES_DIR } from '../package-paths.js';

export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

/** The main body template and its partials, by name. */
export interface TemplateSet {
  readonly main: TemplateFile;
  readonly partials: ReadonlyMap<string, TemplateFile>;
}

export const BUILT_IN_TEMPLATES = ['so-ket', 'tong-ket'] as const;
export const builtInDir = (name: string) => join(TEMPLATES_DIR, name);
/** Partials both built-in templates share. */
export const COMMON_DIR = join(TEMPLATES_DIR, 'common');

/**
 * A built-in template by name, or a folder of the user's laid over the built-in
 * one of the report's kind: a folder holding only `partials/awards.hbs` overrides that one section.
 */
export function resolveTemplate(spec: string | undefined, kind: string, reportDir: string): TemplateSet | { missing: string } {
  const name = spec ?? kind;
  if ((BUILT_IN_TEMPLATES as readonly string[]).includes(name)) return readSet([COMMON_DIR, builtInDir(name)]);
  const own = resolve(reportDir, name);
  if (!existsSync(own) || !statSync(own).isDirectory()) return { missing: name };
  return readSet([COMMON_DIR, builtInDir(kind), own]);
}

function readSet(dirs: readonly string[]): TemplateSet {
  let main: TemplateFile | undefined;
  const partials = new Map<string, TemplateFile>();
  for (const dir of dirs) {
    const mainPath = join(dir, 'report.hbs');
    if (existsSync(mainPath)) main = { path: mainPath, text: readFileSync(mainPath, 'utf8') };
    const partialDir = join(dir, 'partials');
    if (!existsSync(partialDir)) continue;
    for (const file of readdirSync(partialDir).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const path = join(partialDir, file);
      partials.set(basename(file, '.hbs'), { path, text: readFileSync(path, 'utf8') });
    }
  }
  if (!main) throw new Error(`built-in template without report.hbs: ${dirs.join(', ')}`);
  return { main, partials };
}
