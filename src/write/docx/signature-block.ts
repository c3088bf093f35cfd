import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Report } from '../../schema/report.js';
import { FOOT_COLUMNS, SIZE, TEXT_WIDTH } from './layout.js';
import { run } from './runs.js';

/** Nơi nhận items as printed: `- X;` each, the last one ending in `.`. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.replace(/[.;]\s*$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** The foot: nơi nhận on the left, authority, title, room for the seal and the signer's name on the right. */
export function signatureBlock(report: Report): Table {
  const [left, right] = FOOT_COLUMNS;
  const para = (children: ReturnType<typeof run>[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children });
  const recipients = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })]),
    ...recipientLines(report.recipients).map((text) => para([run(text, { size: SIZE.recipients })])),
  ];
  const centred = (text: string, bold = true) => para([run(text, { bold, size: SIZE.body })], AlignmentType.CENTER);
  const signer = [
    ...(report.signer.authority ? [centred(report.signer.authority.toLocaleUpperCase('vi'))] : []),
    centred(report.signer.title.toLocaleUpperCase('vi')),
    ...Array.from({ length: 4 }, () => centred('', false)),
    centred(report.signer.name),
  ];
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    indent: { size: -Math.round((left + right - TEXT_WIDTH) / 2), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signer)] })],
  });
}
