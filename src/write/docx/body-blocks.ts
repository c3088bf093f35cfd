import { AlignmentType, BorderStyle, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Align, Block, Inline } from '../../render/doc-model.js';
import { plainText } from '../../render/doc-model.js';
import { ALIGN, BODY, SIZE, TEXT_WIDTH, bodySpacing } from './layout.js';
import { textWidth } from './rule.js';
import { run, runs } from './runs.js';


/**
 * The body as docx blocks; the last paragraph closes with `./.` as ND30 asks and is
 * kept with the nơi nhận and signature that follow; a lead-in line ending in `:` is
 * kept with what it introduces.
 */
export function bodyBlocks(blocks: readonly Block[], options: { closing?: boolean } = {}): (Paragraph | Table)[] {
  const closing = options.closing ?? true;
  const closed = closing ? closeBody(blocks) : [...blocks];
  const last = closing ? closed.length - 1 : -1;
  return closed.flatMap((block, index): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'heading':
        return [heading(block.level, block.inlines)];
      case 'paragraph': {
        const leadIn = plainText(block.inlines).trimEnd().endsWith(':');
        const flush = block.closing === true || block.centred === true;
        return [new Paragraph({
          alignment: block.centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: flush ? undefined : { firstLine: BODY.firstLineIndent, ...(block.list === 2 ? { left: 0 } : {}) },
          keepNext: leadIn || index === last || undefined,
          spacing: bodySpacing(0, BODY.after),
          children: runs(block.inlines, { size: SIZE.body }),
        })];
      }
      case 'table': // a little air after a table before the next heading or paragraph
        return [table(block.align, block.header, block.rows), new Paragraph({ spacing: { before: 0, after: BODY.after }, children: [] })];
      case 'pagebreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

function heading(level: 1 | 2 | 3 | 4, inlines: readonly Inline[]): Paragraph {
  if (level === 1) {
    return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...bodySpacing(120, 60) }, children: runs(inlines, { bold: true, size: SIZE.body }) });
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: true,
    indent: { firstLine: BODY.firstLineIndent },
    spacing: bodySpacing(level === 2 ? 120 : 60, BODY.after),
    children: runs(inlines, { bold: level <= 3, size: SIZE.body }),
  });
}

function table(align: readonly Align[], header: readonly (readonly Inline[])[], rows: readonly (readonly (readonly Inline[])[])[]): Table {
  const widths = columnWidths(header, rows);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (inlines: readonly Inline[], i: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: isHeader ? AlignmentType.CENTER : ALIGN[align[i] ?? 'left'],
          spacing: { before: 0, after: 0 },
          children: runs(inlines, { size: SIZE.table, bold: isHeader || undefined }),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: header.map((_, i) => cell(r[i] ?? [], i, false)) })),
    ],
  });
}

/**
 * Each column gets at least the width of its longest unbreakable word (numbers never
 * wrap mid-digit); what is left goes to the columns holding longer text.
 */
function columnWidths(header: readonly (readonly Inline[])[], rows: readonly (readonly (readonly Inline[])[])[]): number[] {
  const sample = rows.slice(0, 200);
  const texts = header.map((h, i) => [plainText(h), ...sample.map((r) => plainText(r[i] ?? []))]);
  const PADDING = 300; // cell margins and a little air
  const width = (text: string) => textWidth(text, SIZE.table) + PADDING;
  const longest = texts.map((column) => Math.max(0, ...column.slice(1).map((t) => width(t)))); // headers may wrap
  const minimum = texts.map((column, i) => {
    const word = Math.max(...column.flatMap((t) => t.split(/\s+/).map(width)));
    return longest[i] > TEXT_WIDTH * 0.3 ? Math.max(word, TEXT_WIDTH * 0.3) : word; // prose keeps a readable column
  });
  const spare = Math.max(0, TEXT_WIDTH - minimum.reduce((a, b) => a + b, 0));
  const extra = longest.map((n, i) => Math.max(0, n - minimum[i]));
  const extraTotal = extra.reduce((a, b) => a + b, 0) || 1;
  const widths = minimum.map((m, i) => m + (spare * extra[i]) / extraTotal);
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor(w * scale));
  scaled[scaled.indexOf(Math.max(...scaled))] += TEXT_WIDTH - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

function closeBody(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const last = out.length - 1;
  const block = out[last];
  if (block?.type === 'paragraph') {
    const text = plainText(block.inlines).trimEnd();
    out[last] = { ...block, inlines: [...block.inlines, { text: text.endsWith('.') ? '/.' : './.' }] };
  } else {
    // After a table `./.` closes the text on a line of its own, flush with the margin, not as a new paragraph.
    out.push({ type: 'paragraph', inlines: [{ text: './.' }], closing: true });
  }
  return out;
}

export { run };
