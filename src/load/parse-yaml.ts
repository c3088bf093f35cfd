import { escapeRegExp } from '../format/escape-regexp.js';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { YAML_REASONS } from '../diagnostics/yaml-reasons.js';
import { NOT_PLAIN, readPlainYaml } from './plain-yaml.js';
import { placeAt, SourceFile } from './source-file.js';
import { syntaxCause } from './syntax-cause.js';
import { yamlLib } from './yaml-lib.js';

/** The reason a found cause reads as, in YAML_REASONS. */
const CAUSE_REASON = { tab: 'TAB_AS_INDENT', space_after_colon: 'MISSING_SPACE', quote_colon: 'COLON_IN_TEXT', indent: 'BAD_INDENT' } as const;

/** Aliases allowed before a document counts as an alias bomb (billion laughs). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses one file's text. Data lists in the plain shape (block or one-line flow mappings,
 * one-line scalars) are read by `readPlainYaml`, twice as fast as js-yaml and giving the
 * same value; js-yaml (YAML 1.2 core schema, about six times faster than building a yaml
 * Document) serves every other valid file; anything it rejects, and any file whose aliases
 * share a list or mapping, goes through `yaml`, which reports every problem with its place
 * and caps alias expansion.
 */
export function parseYaml(path: string, display: string, text: string): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const plain = readPlainYaml(text);
  if (plain !== NOT_PLAIN) return { file: new SourceFile(path, display, text, plain), diagnostics: [] };
  try {
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    // An alias needs a `*` in the text; only then is the parsed value walked for shared nodes.
    if (!text.includes('*') || !sharesNodes(value)) return { file: new SourceFile(path, display, text, value), diagnostics: [] };
  } catch {
    // fall through: the careful parser says what is wrong and where
  }
  return parseCarefully(path, display, text);
}

function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v)]));
  return value;
}

/** True when a list or mapping contains itself, directly or deeper (an alias to an enclosing anchor). */
function holdsItself(value: unknown): boolean {
  const open = new Set<object>();
  const done = new Set<object>();
  const visit = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || done.has(node)) return false;
    if (open.has(node)) return true;
    open.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (visit(child)) return true;
    open.delete(node);
    done.add(node);
    return false;
  };
  return visit(value);
}

/** js-yaml gives an alias the very object of its anchor: a node met twice means aliases. */
function sharesNodes(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return false;
}

function parseCarefully(path: string, display: string, text: string): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = { display, lineCounter };
  const diagnostics: Diagnostic[] = doc.errors
    .filter((error) => error.code === 'DUPLICATE_KEY')
    .map((error) => {
      const place = placeAt(where, error.pos[0]);
      const key = /^\s*("([^"]*)"|'([^']*)'|[^:\n]*)/.exec(text.slice(error.pos[0]));
      const name = key?.[2] ?? key?.[3] ?? key?.[1]?.trim() ?? '';
      return diagnostic('error', 'DUPLICATE_KEY', { key: name, ...duplicateContext(text, place.line, name) }, place);
    });
  // One slip often makes several parser errors: report the first, where the slip is.
  const syntax = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const place = placeAt(where, syntax.pos[0]);
    const detail = syntax.code in YAML_REASONS ? syntax.code : firstLine(syntax.message);
    const cause = syntaxCause(text, place.line);
    diagnostics.push(
      cause
        ? diagnostic('error', 'YAML_SYNTAX', { detail: CAUSE_REASON[cause.cause], cause: cause.cause, ...cause.args }, { file: display, line: cause.line, column: cause.column })
        : diagnostic('error', 'YAML_SYNTAX', { detail }, place),
    );
  }
  if (diagnostics.length > 0) return { diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { diagnostics: [diagnostic('error', 'ALIAS_LIMIT', {}, placeAt(where, firstAliasOffset(doc)))] };
  }
  // `units: &a [*a]`: a list that holds itself has no end to walk; refused, not recursed into.
  if (holdsItself(value)) return { diagnostics: [diagnostic('error', 'ALIAS_CYCLE', {}, placeAt(where, firstAliasOffset(doc)))] };
  // A `%YAML 1.1` header makes dates Date objects; the format's dates are text, as js-yaml gives them.
  value = datesAsText(value);
  return { file: new SourceFile(path, display, text, value, { doc, lineCounter }), diagnostics };
}

/**
 * Where the key first appears in the same mapping, and, when the second one follows a
 * nested block (an unindented `title:` after `signer:`'s lines), the block it was meant for.
 */
function duplicateContext(text: string, line: number, key: string): Record<string, string | number> {
  const lines = text.split('\n');
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const indent = indentOf(lines[line - 1] ?? '');
  const isKey = (l: string) => new RegExp(`^\\s*(?:-\\s+)?["']?${escapeRegExp(key)}["']?\\s*:`).test(l);
  let first = 0;
  for (let i = line - 2; i >= 0; i--) {
    const l = lines[i];
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (indentOf(l) < indent) break;
    if (indentOf(l) === indent && isKey(l)) {
      first = i + 1;
      break;
    }
  }
  const args: Record<string, string | number> = { first: first || '?' };
  // The block just above: the nearest line at this indentation that opens a mapping.
  const previous = lines.slice(0, line - 1).reverse().find((l) => l.trim() !== '' && !/^\s*#/.test(l));
  if (previous && indentOf(previous) > indent) {
    for (let i = line - 2; i >= 0; i--) {
      const l = lines[i];
      if (l.trim() === '' || indentOf(l) > indent) continue;
      const block = /^\s*(?:-\s+)?([\w-]+):\s*$/.exec(l);
      if (block && indentOf(l) === indent) args.block = block[1];
      break;
    }
  }
  return args;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function firstAliasOffset(doc: Document.Parsed): number {
  const { isAlias, visit } = yamlLib();
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}
