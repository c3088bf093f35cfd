import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { looksLegacy } from './legacy-encoding.js';
import { locate } from './locate.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * Every string (keys too) in NFC, so text typed as decomposed Unicode matches,
 * sorts and prints like the rest; text that looks like a legacy 8-bit encoding is flagged.
 */
export function normaliseText(file: SourceFile): { file: SourceFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const path: (string | number)[] = []; // one stack, copied only when reporting
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const legacy = looksLegacy(value);
      if (legacy) diagnostics.push(diagnostic('error', 'LEGACY_ENCODING', { text: clip(value), encoding: legacy }, locate(file, [...path] as Path)));
      return value.normalize('NFC');
    }
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        path.push(i);
        const out = walk(item);
        path.pop();
        return out;
      });
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        path.push(key);
        out[key.normalize('NFC')] = walk(item);
        path.pop();
      }
      return out;
    }
    return value;
  };
  return { file: { ...file, value: walk(file.value) }, diagnostics };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
