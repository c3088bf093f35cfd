import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { yamlLib } from '../load/yaml-lib.js';
import type { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { TEMPLATES_DIR } from '../package-paths.js';
import { templateProblem } from './text-template.js';

/**
 * A layout file: the report's own `<template folder>/<folder>/<name>.yaml` (workbooks/, pack/)
 * when there is one, else the built-in one. A broken layout is a user mistake: it throws LayoutError.
 */
export function loadLayout<T>(name: string, schema: z.ZodType<T>, reportDir?: string, template?: string, folder = 'workbooks'): { layout: T; path: string } {
  const own = reportDir && template ? join(resolve(reportDir, template), folder, `${name}.yaml`) : undefined;
  const path = own && existsSync(own) ? own : join(TEMPLATES_DIR, folder, `${name}.yaml`);
  if (path === own) {
    // The same policy as the template: inside the report folder, and a regular file (never a FIFO to wait on).
    const inside = relative(realpathSync(reportDir!), realpathSync(own));
    if (inside.startsWith('..') || isAbsolute(inside)) throw new LayoutError(own, 'tệp nằm ngoài thư mục báo cáo (outside the report folder)');
    if (!statSync(own).isFile()) throw new LayoutError(own, 'không phải tệp bình thường (not a regular file)');
  }
  let raw: unknown;
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
    // js-yaml reads a layout in a fraction of `yaml`'s time; `yaml` only words a syntax error and finds lines.
    raw = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    let reason = (error as Error).message.split('\n')[0];
    const mark = (error as { mark?: { line: number } }).mark;
    let line = mark ? mark.line + 1 : undefined;
    try {
      yamlLib().parse(text);
    } catch (precise) {
      reason = (precise as Error).message.split('\n')[0];
      line = (precise as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? line;
    }
    throw new LayoutError(path, reason, line);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LayoutError(path, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), lineOf(text, first.path as (string | number)[]));
  }
  // Every Handlebars text of the layout is checked now, at its line, not half-way through writing.
  for (const [where, source] of templateTexts(raw)) {
    const problem = templateProblem(source);
    if (problem) throw new LayoutError(path, `${where.join('.')}: ${problem}`, lineOf(text, where));
  }
  return { layout: result.data, path };
}

/** A layout that cannot be read, as a diagnostic instead of an exception. */
export function layoutOrDiagnostic<T>(name: string, schema: z.ZodType<T>, reportDir: string, template: string | undefined, folder = 'workbooks'): { layout: T } | { diagnostic: Diagnostic } {
  try {
    return { layout: loadLayout(name, schema, reportDir, template, folder).layout };
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    return { diagnostic: diagnostic('error', 'LAYOUT_INVALID', { detail: error.message }, { file: relative(process.cwd(), error.path) || error.path, line: error.line ?? 1, column: 1 }) };
  }
}

export class LayoutError extends Error {
  constructor(
    readonly path: string,
    detail: string,
    readonly line?: number,
  ) {
    super(detail);
  }
}

/** The strings of a layout that are Handlebars templates, with where they are. */
function templateTexts(raw: unknown): [(string | number)[], string][] {
  const found: [(string | number)[], string][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const key = path[path.length - 1];
      if (value.includes('{{') && (key === 'value' || key === 'text' || key === 'form' || key === 'recipient' || typeof key === 'number' || key === 'title')) found.push([path, value]);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(raw, []);
  return found;
}

/** The line of the node at `path` in a layout file (1 when it cannot be found). */
function lineOf(text: string, path: readonly (string | number)[]): number {
  try {
    const { LineCounter, parseDocument } = yamlLib();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  } catch {
    return 1;
  }
}
