import { suggest } from '../validate/suggest.js';
import { fold } from './fold.js';

/** Shortened and long ways of writing the same body, as the lists of units write them. */
const SAME_WORDS: readonly [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bmat tran to quoc\b/g, 'mttq'],
  [/\buy ban trung uong\b/g, 'ubtw'],
  [/\buy ban mttq\b/g, 'ubmttq'],
  [/\bviet nam\b/g, ''],
  [/\bcua\b/g, ''],
];

/** `Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh` and `Bằng khen Chủ tịch UBND tỉnh` fold alike. */
export function foldName(text: string): string {
  let folded = fold(text);
  for (const [words, short] of SAME_WORDS) folded = folded.replace(words, short);
  return folded.replace(/\s+/g, ' ').trim();
}

export interface Named {
  readonly id: string;
  readonly name?: string;
  readonly short_name?: string;
}

/** Codes found by their code, printed name or short name, as a cell may hold any of them. */
export class NameIndex {
  readonly #byName = new Map<string, string>();
  readonly #names: string[] = [];
  readonly #ids = new Set<string>();

  constructor(entries: Iterable<Named>) {
    for (const e of entries) {
      this.#ids.add(e.id);
      for (const name of [e.name, e.short_name]) {
        if (typeof name !== 'string' || !name) continue; // an entry still broken: the schema says so
        if (!this.#byName.has(foldName(name))) this.#byName.set(foldName(name), e.id);
        this.#names.push(name);
      }
    }
  }

  /** The code a cell's text names, if it names one exactly. */
  find(text: string): string | undefined {
    if (this.#ids.has(text)) return text;
    return this.#byName.get(foldName(text)) ?? (this.#ids.has(text.toLowerCase()) ? text.toLowerCase() : undefined);
  }

  /** The code whose printed name the text starts with (`Giấy khen của Chủ tịch UBND huyện` → giay-khen), longest first. */
  findByLeadingWords(text: string): string | undefined {
    const folded = foldName(text);
    let best: [string, string] | undefined;
    for (const [name, id] of this.#byName) if (folded.startsWith(`${name} `) && (!best || name.length > best[0].length)) best = [name, id];
    return best?.[1];
  }

  /** What to type instead: the closest printed name (or code) to a text that names nothing. */
  closest(text: string): string | undefined {
    const byName = suggest(foldName(text), this.#byName.keys());
    if (byName) return this.#names.find((n) => foldName(n) === byName);
    return suggest(text, this.#ids);
  }
}
