import { AlignmentType, Paragraph, type Table } from 'docx';
import type { DocumentFrame } from '../../schema/document-types.js';
import { FOOT_COLUMNS, SIZE } from './layout.js';
import { run } from './runs.js';
import { twoColumns } from './two-columns.js';

/**
 * Nơi nhận items as printed: `- X;` each, the last one ending in `.`. A spaced hyphen
 * inside a name ("Thi đua - Khen thưởng") gets a no-break space before it, so a wrapped
 * line never starts with "- " and reads as another recipient.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.replace(/[.;]\s*$/, '').replace(/ - /g, '\u00A0- ');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** The foot: nơi nhận on the left, authority, title, room for the seal and the signer's name on the right. */
export function signatureBlock(report: DocumentFrame & { signer: NonNullable<DocumentFrame['signer']> }): Table {
  const para = (children: ReturnType<typeof run>[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children });
  const recipients = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })]),
    // A hanging indent: a wrapped entry continues under its text, not under its dash.
    ...recipientLines(report.recipients ?? []).map((text) => new Paragraph({ spacing: { before: 0, after: 0 }, indent: { left: 170, hanging: 170 }, children: [run(text, { size: SIZE.recipients })] })),
  ];
  const centred = (text: string, bold = true) => para([run(text, { bold, size: SIZE.body })], AlignmentType.CENTER);
  const signer = [
    ...(report.signer.authority ? [centred(report.signer.authority.toLocaleUpperCase('vi'))] : []),
    centred(report.signer.title.toLocaleUpperCase('vi')),
    ...Array.from({ length: 4 }, () => centred('', false)),
    centred(report.signer.name),
  ];
  return twoColumns(FOOT_COLUMNS, [[recipients, signer]], { cantSplit: true });
}
