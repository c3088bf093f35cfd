import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Block } from '../../render/doc-model.js';
import type { Report } from '../../schema/report.js';
import { deterministicZip } from '../deterministic-zip.js';
import { xmlSafe } from '../xml-safe.js';
import { bodyBlocks } from './body-blocks.js';
import { headerBlock } from './header-block.js';
import { FONT, PAGE, SIZE } from './layout.js';
import { signatureBlock } from './signature-block.js';
import { titleBlock } from './title-block.js';

/** The administrative frame from report.yaml around the rendered body, as DOCX bytes. */
export async function writeDocx(report: Report, body: readonly Block[], date: Date): Promise<Uint8Array> {
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber })] })],
  });
  const document = new Document({
    creator: xmlSafe(typeof report.issuer.name === 'string' ? report.issuer.name : report.issuer.name.join(' ')),
    title: xmlSafe(report.title),
    description: 'report: báo cáo phong trào thi đua',
    // vi-VN in the default run properties: Word spell-checks the text as Vietnamese.
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          titlePage: true, // page 1 takes the empty first-page header: no number on it
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [headerBlock(report), ...titleBlock(report), ...bodyBlocks(body), new Paragraph({ keepNext: true, children: [] }), signatureBlock(report)],
      },
    ],
  });
  return deterministicZip(await Packer.toBuffer(document), date);
}
