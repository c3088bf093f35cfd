import type { Document, LineCounter } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { Place } from '../diagnostics/diagnostic.js';

export type Path = readonly (string | number)[];

/** Where the entries of a file that is not YAML (a workbook, a CSV file) came from. */
export interface EntryPlaces {
  /** The place of the value at `path` (its cell), or of the nearest enclosing entry. */
  placeOf(path: Path): Place;
}

/**
 * One loaded YAML file: its text and plain value, and, for pointing at places,
 * its syntax tree with line positions. The tree is built on first use only: a
 * valid file never needs it, and building it costs several times the parse.
 */
export class SourceFile {
  #tree?: { doc: Document.Parsed; lineCounter: LineCounter };
  /** Set by the loader for a member's file in a roll-up: the chain of member units, outermost first. */
  member?: readonly string[];

  constructor(
    readonly path: string, // absolute
    readonly display: string, // as printed in diagnostics
    readonly text: string,
    readonly value: unknown,
    tree?: { doc: Document.Parsed; lineCounter: LineCounter },
    /** Set for a workbook or CSV file: its entries' cells, in place of a YAML tree. */
    readonly places?: EntryPlaces,
  ) {
    this.#tree = tree;
  }

  /** True once the syntax tree exists (it is then as cheap to use as the text). */
  get hasTree(): boolean {
    return this.#tree !== undefined;
  }

  get doc(): Document.Parsed {
    return this.tree().doc;
  }

  get lineCounter(): LineCounter {
    return this.tree().lineCounter;
  }

  private tree() {
    if (!this.#tree) {
      const { LineCounter, parseDocument } = yamlLib();
      const lineCounter = new LineCounter();
      this.#tree = { doc: parseDocument(this.text, { lineCounter, uniqueKeys: false }), lineCounter };
    }
    return this.#tree;
  }
}

export function placeAt(file: Pick<SourceFile, 'display' | 'lineCounter'>, offset: number): Place {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.display, line, column: col };
}
