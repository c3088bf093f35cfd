import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { YAML_REASONS } from '../diagnostics/yaml-reasons.js';
import { placeAt, SourceFile } from './source-file.js';
import { yamlLib } from './yaml-lib.js';

/** Aliases allowed before a document counts as an alias bomb (billion laughs). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses one file's text. The fast path (js-yaml, YAML 1.2 core schema, about
 * six times faster than building a yaml Document) serves valid files; anything
 * it rejects, and any file whose aliases share a list or mapping, goes through `yaml`, which reports
 * every problem with its place and caps alias expansion.
 */
export function parseYaml(path: string, display: string, text: string): { file?: SourceFile; diagnostics: Diagnostic[] } {
  try {
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    // An alias needs a `*` in the text; only then is the parsed value walked for shared nodes.
    if (!text.includes('*') || !sharesNodes(value)) return { file: new SourceFile(path, display, text, value), diagnostics: [] };
  } catch {
    // fall through: the careful parser says what is wrong and where
  }
  return parseCarefully(path, display, text);
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
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const place = placeAt(where, error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*("([^"]*)"|'([^']*)'|[^:\n]*)/.exec(text.slice(error.pos[0]));
      return diagnostic('error', 'DUPLICATE_KEY', { key: key?.[2] ?? key?.[3] ?? key?.[1]?.trim() ?? '' }, place);
    }
    return diagnostic('error', 'YAML_SYNTAX', { detail: error.code in YAML_REASONS ? error.code : firstLine(error.message) }, place);
  });
  if (diagnostics.length > 0) return { diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { diagnostics: [diagnostic('error', 'ALIAS_LIMIT', {}, placeAt(where, firstAliasOffset(doc)))] };
  }
  return { file: new SourceFile(path, display, text, value, { doc, lineCounter }), diagnostics };
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
