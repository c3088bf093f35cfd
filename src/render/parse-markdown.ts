import type { Align, Block, Inline } from './doc-model.js';
import { parseInlines } from './parse-inlines.js';

export const PAGE_BREAK = '\\pagebreak';

/**
 * The Markdown our templates write: `#`–`####` headings, paragraphs, `- ` and
 * `+ ` dash lists, GFM tables, **bold**, *italic*, `\pagebreak`, backslash escapes,
 * and `-> centred line <-`.
 */
export function parseMarkdown(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let paragraph: { lines: string[]; list?: 1 | 2 } | undefined;
  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', inlines: parseInlines(paragraph.lines.join(' ')), ...(paragraph.list ? { list: paragraph.list } : {}) });
    paragraph = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    if (trimmed === PAGE_BREAK) {
      flush();
      blocks.push({ type: 'pagebreak' });
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3 | 4, inlines: parseInlines(heading[2]) });
      continue;
    }
    if (trimmed.startsWith('|') && isSeparator(lines[i + 1])) {
      flush();
      const header = cells(trimmed);
      const align = cells(lines[i + 1].trim()).map(alignOf);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(cells(lines[i++].trim()).map(parseInlines));
      i--;
      blocks.push({ type: 'table', align, header: header.map(parseInlines), rows });
      continue;
    }
    const centred = /^->\s+(.*?)\s+<-$/.exec(trimmed);
    if (centred) {
      flush();
      blocks.push({ type: 'paragraph', inlines: parseInlines(centred[1]), centred: true });
      continue;
    }
    const item = /^([-+])\s+(.*)$/.exec(trimmed);
    if (item) {
      flush();
      paragraph = { lines: [`${item[1]} ${item[2]}`], list: item[1] === '-' ? 1 : 2 };
      continue;
    }
    if (!paragraph) paragraph = { lines: [] };
    paragraph.lines.push(trimmed);
  }
  flush();
  return blocks;
}

function isSeparator(line: string | undefined): boolean {
  return line !== undefined && /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line.trim());
}

/** Splits a table row on unescaped pipes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      current += c + row[++i];
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.slice(row.startsWith('|') ? 1 : 0, row.endsWith('|') && !row.endsWith('\\|') ? -1 : undefined);
}

function alignOf(spec: string): Align {
  const left = spec.startsWith(':');
  const right = spec.endsWith(':');
  return left && right ? 'center' : right ? 'right' : 'left';
}
