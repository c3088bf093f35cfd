import type { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { Path, SourceFile } from '../load/source-file.js';
import { codeForMeaning } from '../diagnostics/messages.js';
import { keysAt } from './schema-shape.js';
import { suggest } from './suggest.js';
import { typeExample } from './type-examples.js';
import { wholeCountHint } from './whole-count-hint.js';

/** Codes our schemas put into zod's `error`; any other message is zod's own. */
const OWN_CODES = new Set([
  'BAD_ID', 'BAD_CODE', 'BAD_DATE', 'IMPOSSIBLE_DATE', 'EMPTY_TEXT', 'BAD_ABBREVIATION',
  'BAD_NUMBER_TEXT', 'BAD_QUALIFIER', 'DOT_DECIMAL_TEXT', 'NOT_WHOLE_COUNT', 'NEGATIVE', 'QUALIFIER_NOT_ALLOWED', 'BAD_ATTAINMENT',
  'NUMBER_TOO_LARGE', 'DATE_OUT_OF_RANGE',
]);

/** One zod issue → one or more diagnostics pointing into the YAML file. */
export function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  file: SourceFile,
  base: Path,
  input: unknown,
): Diagnostic[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  const field = String(issue.path.at(-1) ?? base.at(-1) ?? '');
  const value = valueAt(input, issue.path as PropertyKey[]);
  const at = () => locate(file, path);

  if (OWN_CODES.has(issue.message)) {
    const extra: Record<string, string> = issue.message === 'NOT_WHOLE_COUNT' && typeof value === 'number' ? wholeCountHint(value) : {};
    if (issue.message === 'DOT_DECIMAL_TEXT' && typeof value === 'string') extra.suggestion = value.replace('.', ',');
    if (issue.message === 'BAD_DATE' && typeof value === 'string') {
      const dmy = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
      if (dmy) extra.suggestion = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
    }
    return [diagnostic('error', issue.message, { field, value: show(value), ...extra }, at())];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, issue.path as PropertyKey[]);
      return issue.keys.map((key) => {
        const place = locate(file, [...path, key], { key: true });
        const split = /^\d+$/.test(key) ? decimalCommaSplit(file.text, place, key) : undefined;
        if (split) return diagnostic('error', 'DECIMAL_COMMA', { ...split, key }, place);
        const suggestion = suggest(key, allowed);
        const args: Record<string, string> = { key, allowed: allowed.join(', ') };
        if (suggestion) args.suggestion = suggestion;
        return diagnostic('error', 'UNKNOWN_KEY', args, locate(file, [...path, key], { key: true }));
      });
    }
    case 'invalid_type': {
      if (value === undefined) return [diagnostic('error', 'MISSING_FIELD', { field }, at())];
      if (issue.expected === 'int' && typeof value === 'number') return [diagnostic('error', 'NOT_INTEGER', { field, value }, at())];
      return [diagnostic('error', 'WRONG_TYPE', { field, expected: issue.expected, got: typeName(value), example: typeExample(field, issue.expected) }, at())];
    }
    case 'invalid_value':
      if (value === undefined) return [diagnostic('error', 'MISSING_FIELD', { field }, at())];
      {
        const codes = issue.values.map(String);
        const suggestion = typeof value === 'string' ? codeForMeaning(value, codes) ?? suggest(value, codes) : undefined;
        return [diagnostic('error', 'BAD_VALUE', { field, value: show(value), choices: codes.join(', '), ...(suggestion ? { suggestion } : {}) }, at())];
      }
    case 'too_small':
      if (issue.origin === 'number' && Number(issue.minimum) === 0 && typeof value === 'number') {
        return [diagnostic('error', 'NEGATIVE', { field, value }, at())];
      }
      return [diagnostic('error', 'OUT_OF_RANGE', { field, value: show(value), min: String(issue.minimum), max: '—' }, at())];
    case 'too_big':
      return [diagnostic('error', 'OUT_OF_RANGE', { field, value: show(value), min: '—', max: String(issue.maximum) }, at())];
    case 'invalid_union':
      return [diagnostic('error', 'WRONG_TYPE', { field, expected: 'number, string', got: typeName(value), example: typeExample(field, 'number') }, at())];
    default:
      return [diagnostic('error', 'BAD_VALUE', { field, value: show(value), choices: issue.message }, at())];
  }
}

/** `{ value: 58,782 }`: YAML splits at the comma into `value: 58` and a key `782`; the line shows which. */
function decimalCommaSplit(text: string, place: { line: number; column: number }, key: string): { field: string; before: string } | undefined {
  const line = text.split('\n')[place.line - 1] ?? '';
  const match = new RegExp(`([A-Za-z_][\\w-]*):\\s*(-?\\d+)\\s*,\\s*${key}\\b`).exec(line);
  return match ? { field: match[1], before: match[2] } : undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
