import { AlignmentType, Paragraph, type Table } from 'docx';
import { documentNumber, placeAndDate } from '../../format/document-number.js';
import type { Report } from '../../schema/report.js';
import { HEADER_COLUMNS, SIZE } from './layout.js';
import { rule, textWidth } from './rule.js';
import { run, type RunStyle } from './runs.js';
import { twoColumns } from './two-columns.js';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

const line = (text: string, style: RunStyle, italic = false) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(text, { size: SIZE.header, ...style, italics: italic || style.italics })] });

/** The two-column borderless table at the top: issuer | quốc hiệu, then số ký hiệu | place and date. */
export function headerBlock(report: Report): Table {
  const [left, right] = HEADER_COLUMNS;

  const issuer = [
    ...(report.issuer.parent ? [line(report.issuer.parent, {})] : []),
    line(report.issuer.name, { bold: true }),
    rule(Math.min(left * 0.45, textWidth(report.issuer.name, SIZE.header) * 0.5), left),
  ];
  const nation = [line(NATION, { bold: true }), line(MOTTO, { bold: true, size: SIZE.motto }), rule(textWidth(MOTTO, SIZE.motto), right)];
  const spacer = new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });

  return twoColumns(HEADER_COLUMNS, [
    [issuer, nation],
    [
      [spacer, line(documentNumber(report), {})],
      [spacer, line(placeAndDate(report), { size: SIZE.motto }, true)],
    ],
  ]);
}
