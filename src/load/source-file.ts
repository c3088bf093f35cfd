import type { Document, LineCounter } from 'yaml';
import type { Place } from '../diagnostics/diagnostic.js';

/** One parsed YAML file: its text, its syntax tree (for positions) and its plain value. */
export interface SourceFile {
  readonly path: string; // absolute
  readonly display: string; // as printed in diagnostics
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

export type Path = readonly (string | number)[];

export function placeAt(file: Pick<SourceFile, 'display' | 'lineCounter'>, offset: number): Place {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.display, line, column: col };
}
