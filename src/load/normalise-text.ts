import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { looksLegacy } from './legacy-encoding.js';
import { locate } from './locate.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * Every string (keys too) in NFC, so text typed as decomposed Unicode matches,
 * sorts and prints like the rest; text that looks like a legacy 8-bit encoding
 * is flagged. Works in place: the value was just parsed and belongs to us.
 */
export function normaliseText(file: SourceFile): Diagnostic[] {
  // One look at the whole text decides whether any value needs the per-string check.
  const mayBeLegacy = looksLegacy(file.text) !== undefined;
  if (!mayBeLegacy && isWholeTextNfc(file.text)) return [];
  const diagnostics: Diagnostic[] = [];
  const path: (string | number)[] = []; // one stack, copied only when reporting
  const fix = (text: string): string => {
    const legacy = mayBeLegacy ? looksLegacy(text) : undefined;
    if (legacy) diagnostics.push(diagnostic('error', 'LEGACY_ENCODING', { text: clip(text), encoding: legacy }, locate(file, [...path] as Path)));
    return text.normalize('NFC');
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return fix(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        value[i] = walk(value[i]);
        path.pop();
      }
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        path.push(key);
        const normal = key.normalize('NFC');
        const item = walk(record[key]);
        if (normal !== key) delete record[key];
        record[normal] = item;
        path.pop();
      }
    }
    return value;
  };
  walk(file.value);
  return diagnostics;
}

/**
 * Characters that never compose with, decompose to or reorder around a neighbour (NFC quick
 * check Yes, combining class 0): Latin up to the spacing modifiers, Latin Extended Additional
 * (every precomposed Vietnamese letter), dashes, quotes and other general punctuation.
 */
export const NEVER_NORMALISED: readonly (readonly [number, number])[] = [
  [0x00, 0x2ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const OUTSIDE_NEVER_NORMALISED = new RegExp(`[^${NEVER_NORMALISED.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('')}]`);

/**
 * True when every key and value parsed from this text is already NFC: each is a piece of the
 * text, or pieces joined by a space or a line break, which compose with nothing. Only an escape
 * (`"e\u0301"`) can build a string the text does not hold, so a text with a backslash is walked.
 */
function isWholeTextNfc(text: string): boolean {
  if (text.includes('\\')) return false;
  return !OUTSIDE_NEVER_NORMALISED.test(text) || text.normalize('NFC') === text;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
