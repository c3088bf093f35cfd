import { escapeRegExp } from '../format/escape-regexp.js';
import type { Place } from '../diagnostics/diagnostic.js';
import type { Path } from './source-file.js';

/**
 * Finding a place in a big data file without its syntax tree: for the shape data files
 * have (`awards:` then one `- …` item a line or a block), walk the text to the item and
 * the field. Building the tree of a 50 MB file costs a minute and gigabytes; this costs one
 * pass. Anything else returns undefined, and the tree is built after all.
 */
export function quickLocate(text: string, display: string, path: Path, key = false): Place | undefined {
  const [top, index, field, ...deeper] = path;
  if (typeof top !== 'string' || deeper.length > 0) return undefined;
  const facts = indexOf(text);
  const section = sectionOf(facts, top);
  if (!section) return undefined;
  let offset = section.head;
  if (index !== undefined) {
    if (typeof index !== 'number' || index >= section.starts.length) return undefined;
    const item = { start: section.starts[index], end: section.ends[index] };
    offset = item.start;
    if (field !== undefined) {
      const within = text.slice(item.start, item.end);
      const match = new RegExp(`(^|[\\s{,])(${escapeRegExp(String(field))})[ \\t]*:[ \\t]*`).exec(within);
      if (!match) return undefined;
      offset = item.start + match.index + match[1].length + (key ? 0 : match[0].length - match[1].length);
    }
  }
  return place(facts, display, offset);
}

/**
 * What places in one text are found from, built once: a file with 10k wrong dates asks for
 * 10k places, and walking the text from the top for each took a minute.
 */
interface TextIndex {
  readonly text: string;
  /** The offset of every line break, in order. */
  readonly breaks: readonly number[];
  readonly sections: Map<string, Section | undefined>;
}

/** A top-level key and its `- ` items: where each item's node starts and where the next item starts. */
interface Section {
  readonly head: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const recent: TextIndex[] = [];

function indexOf(text: string): TextIndex {
  const known = recent.find((index) => index.text === text);
  if (known) return known;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const index = { text, breaks, sections: new Map() };
  recent.unshift(index);
  if (recent.length > 4) recent.pop(); // the files of one report: a few big ones at most
  return index;
}

function sectionOf(index: TextIndex, top: string): Section | undefined {
  if (!index.sections.has(top)) {
    const head = new RegExp(`^${escapeRegExp(top)}[ \\t]*:`, 'm').exec(index.text);
    index.sections.set(top, head ? { head: head.index, ...items(index.text, head.index + head[0].length) } : undefined);
  }
  return index.sections.get(top);
}

/** The `- ` items of the sequence that starts after `from`: each item's node (after "- ") and where the next one starts. */
function items(text: string, from: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let indent = -1;
  for (let lineStart = text.indexOf('\n', from) + 1; lineStart > 0 && lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(lineStart, end);
    const spaces = line.length - line.trimStart().length;
    const blank = line.trim() === '' || line.trimStart().startsWith('#');
    if (!blank) {
      if (spaces === 0 && !line.startsWith('-')) break; // the next top-level key: the sequence ended
      if (line.trimStart().startsWith('- ') || line.trim() === '-') {
        if (indent < 0) indent = spaces;
        if (spaces === indent) {
          if (starts.length > 0) ends.push(lineStart);
          starts.push(lineStart + spaces + (line.slice(spaces + 1).length - line.slice(spaces + 1).trimStart().length) + 1);
        }
      }
    }
    lineStart = end + 1;
  }
  if (starts.length > ends.length) ends.push(text.length);
  return { starts, ends };
}

function place(index: TextIndex, display: string, offset: number): Place {
  // The line breaks before the offset, by halving.
  const { breaks } = index;
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return { file: display, line: low + 1, column: offset - (low > 0 ? breaks[low - 1] : -1) };
}
