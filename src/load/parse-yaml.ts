import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { placeAt, type SourceFile } from './source-file.js';

/** Aliases allowed before a document counts as an alias bomb (billion laughs). */
const MAX_ALIAS_COUNT = 100;

/** Parses one file's text, keeping positions; problems become diagnostics, never exceptions. */
export function parseYaml(path: string, display: string, text: string): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = { display, lineCounter };
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const place = placeAt(where, error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = /"([^"]*)"|'([^']*)'/.exec(error.message);
      const snippet = text.slice(error.pos[0], error.pos[1]).split(/[:\n]/)[0]?.trim();
      return diagnostic('error', 'DUPLICATE_KEY', { key: key?.[1] ?? key?.[2] ?? snippet ?? '' }, place);
    }
    return diagnostic('error', 'YAML_SYNTAX', { detail: firstLine(error.message) }, place);
  });
  if (diagnostics.length > 0) return { diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { diagnostics: [diagnostic('error', 'ALIAS_LIMIT', {}, placeAt(where, firstAliasOffset(doc)))] };
  }
  return { file: { path, display, text, doc, lineCounter, value }, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}
