import { AlignmentType, Paragraph, type Table } from 'docx';
import { documentNumber, placeAndDate } from '../../format/document-number.js';
import { headerLines } from '../../format/header-lines.js';
import type { DocumentFrame } from '../../schema/document-types.js';
import { documentType } from '../../schema/document-types.js';
import { HEADER_COLUMNS, SIZE } from './layout.js';
import { rule, textWidth } from './rule.js';
import { run, type RunStyle } from './runs.js';
import { twoColumns } from './two-columns.js';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

const line = (text: string, style: RunStyle, italic = false) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(text, { size: SIZE.header, ...style, italics: italic || style.italics })] });

/** The two-column borderless table at the top: issuer | quốc hiệu, then số ký hiệu | place and date. */
export function headerBlock(report: DocumentFrame): Table {
  const [left, right] = HEADER_COLUMNS;

  // A little room on each side of the cell, as the cell margins take it.
  const fits = (bold: boolean) => (text: string) => textWidth(text, SIZE.header) * (bold ? 1.05 : 1) <= left - 220;
  const parentLines = report.issuer.parent ? headerLines(report.issuer.parent, fits(false)) : [];
  const nameLines = headerLines(report.issuer.name, fits(true));
  const widest = Math.max(...nameLines.map((l) => textWidth(l, SIZE.header)));
  const issuer = [
    ...parentLines.map((l) => line(l, {})),
    ...nameLines.map((l) => line(l, { bold: true })),
    rule(Math.min(left * 0.45, widest * 0.5), left),
  ];
  const nation = [line(NATION, { bold: true }), line(MOTTO, { bold: true, size: SIZE.motto }), rule(textWidth(MOTTO, SIZE.motto), right)];
  const spacer = new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });

  return twoColumns(HEADER_COLUMNS, [
    [issuer, nation],
    [
      // A document without a số ký hiệu (a ceremony script) keeps the row for its place and date.
      [spacer, line(documentType(report.kind).code ? documentNumber(report) : '', {})],
      [spacer, line(placeAndDate(report), { size: SIZE.motto }, true)],
    ],
  ]);
}
