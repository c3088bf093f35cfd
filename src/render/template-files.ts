import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
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

export const BUILT_IN_TEMPLATES = ['so-ket', 'tong-ket', 'ke-hoach'] as const;
export const builtInDir = (name: string) => join(TEMPLATES_DIR, name);
/** Partials both built-in templates share. */
export const COMMON_DIR = join(TEMPLATES_DIR, 'common');

/**
 * A built-in template by name, or a folder of the user's laid over the built-in
 * one of the report's kind: a folder holding only `partials/awards.hbs` overrides that one section.
 */
export type TemplateProblem = { missing: string } | { problem: 'TEMPLATE_OUTSIDE_FOLDER' | 'TEMPLATE_NOT_A_TEMPLATE' | 'NOT_A_REGULAR_FILE'; path: string };

/**
 * Policy: a template folder of the user's lives inside the report folder (links resolved),
 * and holds report.hbs, partials/ or workbooks/; anything else is an error, never a silent
 * fall back to the built-in template.
 */
export function resolveTemplate(spec: string | undefined, kind: string, reportDir: string): TemplateSet | TemplateProblem {
  const name = spec ?? kind;
  try {
    return resolveOrProblem(name, kind, reportDir);
  } catch (error) {
    if (error instanceof NotRegularFile) return { problem: 'NOT_A_REGULAR_FILE', path: relative(process.cwd(), error.path) || error.path };
    throw error;
  }
}

function resolveOrProblem(name: string, kind: string, reportDir: string): TemplateSet | TemplateProblem {
  if ((BUILT_IN_TEMPLATES as readonly string[]).includes(name)) return readSet([COMMON_DIR, builtInDir(name)]);
  const own = resolve(reportDir, name);
  if (!existsSync(own) || !statSync(own).isDirectory()) return { missing: name };
  const inside = relative(realpathSync(reportDir), realpathSync(own));
  if (isAbsolute(name) || inside.startsWith('..') || isAbsolute(inside)) return { problem: 'TEMPLATE_OUTSIDE_FOLDER', path: name };
  if (!['report.hbs', 'partials', 'workbooks', 'pack'].some((entry) => existsSync(join(own, entry)))) return { problem: 'TEMPLATE_NOT_A_TEMPLATE', path: name };
  return readSet([COMMON_DIR, builtInDir(kind), own]);
}

/** A template that cannot be used, as the diagnostic the report gets. */
export function templateProblemDiagnostic(problem: TemplateProblem): Diagnostic {
  if ('missing' in problem) return diagnostic('error', 'TEMPLATE_NOT_FOUND', { template: problem.missing });
  if (problem.problem === 'NOT_A_REGULAR_FILE') return diagnostic('error', 'NOT_A_REGULAR_FILE', {}, { file: problem.path, line: 1, column: 1 });
  return diagnostic('error', problem.problem, { template: problem.path });
}

/** A template file's text; a FIFO or device in its place is refused, never waited on. */
export class NotRegularFile extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}
function readRegular(path: string): string {
  if (!statSync(path).isFile()) throw new NotRegularFile(path);
  return readFileSync(path, 'utf8');
}

function readSet(dirs: readonly string[]): TemplateSet {
  let main: TemplateFile | undefined;
  const partials = new Map<string, TemplateFile>();
  for (const dir of dirs) {
    const mainPath = join(dir, 'report.hbs');
    if (existsSync(mainPath)) main = { path: mainPath, text: readRegular(mainPath) };
    const partialDir = join(dir, 'partials');
    if (!existsSync(partialDir)) continue;
    for (const file of readdirSync(partialDir).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const path = join(partialDir, file);
      partials.set(basename(file, '.hbs'), { path, text: readRegular(path) });
    }
  }
  if (!main) throw new Error(`built-in template without report.hbs: ${dirs.join(', ')}`);
  return { main, partials };
}

/** The built-in templates of `report pack`: one per document, and the certificate layout. */
export const PACK_DIR = join(TEMPLATES_DIR, 'pack');

/**
 * One file of the pack's templates: `pack/<file>` in the report's own template folder
 * when it has one (the same policy as the report's template), else the built-in one.
 */
export function resolvePackFile(file: string, spec: string | undefined, reportDir: string): TemplateFile | TemplateProblem {
  if (spec !== undefined && !(BUILT_IN_TEMPLATES as readonly string[]).includes(spec)) {
    const own = resolve(reportDir, spec);
    if (!existsSync(own) || !statSync(own).isDirectory()) return { missing: spec };
    const inside = relative(realpathSync(reportDir), realpathSync(own));
    if (isAbsolute(spec) || inside.startsWith('..') || isAbsolute(inside)) return { problem: 'TEMPLATE_OUTSIDE_FOLDER', path: spec };
    const path = join(own, 'pack', file);
    try {
      if (existsSync(path)) return { path, text: readRegular(path) };
    } catch (error) {
      if (error instanceof NotRegularFile) return { problem: 'NOT_A_REGULAR_FILE', path: relative(process.cwd(), error.path) || error.path };
      throw error;
    }
  }
  const path = join(PACK_DIR, file);
  return { path, text: readFileSync(path, 'utf8') };
}
