import { AlignmentType, Paragraph } from 'docx';
import { documentType } from '../../schema/document-types.js';
import type { DocumentFrame } from '../../schema/document-types.js';
import { SIZE, TEXT_WIDTH } from './layout.js';
import { rule, textWidth } from './rule.js';
import { run } from './runs.js';

/** `BÁO CÁO`, the trích yếu under it with a short rule, and `Kính gửi` when the report is addressed. */
export function titleBlock(report: DocumentFrame): Paragraph[] {
  const centred = (text: string, before: number, after: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after }, keepNext: true, children: [run(text, { bold: true, size: SIZE.body })] });
  const blocks = [
    centred(documentType(report.kind).title, 480, 0),
    centred(report.title, 0, 0),
    rule(Math.min(TEXT_WIDTH / 3, textWidth(report.title, SIZE.body) / 2), TEXT_WIDTH),
  ];
  const addressees = report.addressees ?? [];
  if (addressees.length === 1) {
    blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [run(`Kính gửi: ${addressees[0]}.`, { size: SIZE.body })] }));
  } else if (addressees.length > 1) {
    blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 0 }, children: [run('Kính gửi:', { size: SIZE.body })] }));
    addressees.forEach((a, i) =>
      blocks.push(new Paragraph({ indent: { left: 2880 }, spacing: { before: 0, after: 0 }, children: [run(`- ${a}${i === addressees.length - 1 ? '.' : ';'}`, { size: SIZE.body })] })),
    );
  }
  blocks.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  return blocks;
}
