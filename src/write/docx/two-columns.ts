import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { TEXT_WIDTH } from './layout.js';

/**
 * The borderless two-column table ND30 uses for the header block and the foot,
 * centred over the text width even when it is wider than the text.
 */
export function twoColumns(widths: readonly [number, number], rows: readonly (readonly [Paragraph[], Paragraph[]])[], options: { cantSplit?: boolean } = {}): Table {
  const [left, right] = widths;
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, children });
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    indent: { size: -Math.round((left + right - TEXT_WIDTH) / 2), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([a, b]) => new TableRow({ cantSplit: options.cantSplit, children: [cell(left, a), cell(right, b)] })),
  });
}
