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
  const diagnostics: Diagnostic[] = [];
  const path: (string | number)[] = []; // one stack, copied only when reporting
  // One look at the whole text decides whether any value needs the per-string check.
  const mayBeLegacy = looksLegacy(file.text) !== undefined;
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

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
