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
  const head = new RegExp(`^${escapeRegExp(top)}[ \\t]*:`, 'm').exec(text);
  if (!head) return undefined;
  let offset = head.index;
  if (index !== undefined) {
    if (typeof index !== 'number') return undefined;
    const item = nthItem(text, head.index + head[0].length, index);
    if (!item) return undefined;
    offset = item.start;
    if (field !== undefined) {
      const within = text.slice(item.start, item.end);
      const match = new RegExp(`(^|[\\s{,])(${escapeRegExp(String(field))})[ \\t]*:[ \\t]*`).exec(within);
      if (!match) return undefined;
      offset = item.start + match.index + match[1].length + (key ? 0 : match[0].length - match[1].length);
    }
  }
  return place(text, display, offset);
}

/** The `index`-th `- ` item of the sequence that starts after `from`: its dash and where the next one starts. */
function nthItem(text: string, from: number, index: number): { start: number; end: number } | undefined {
  let indent = -1;
  let count = -1;
  let start = -1;
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
          count++;
          if (count === index + 1) return { start, end: lineStart };
          if (count === index) start = lineStart + spaces + (line.slice(spaces + 1).length - line.slice(spaces + 1).trimStart().length) + 1; // the item's node, after "- "
        }
      }
    }
    lineStart = end + 1;
  }
  return count === index && start >= 0 ? { start, end: text.length } : undefined;
}

function place(text: string, display: string, offset: number): Place {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { file: display, line, column: offset - lastBreak };
}
