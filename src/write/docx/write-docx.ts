import { AlignmentType, Document, Header, PageNumber, Paragraph, type Table, TextRun, type ISectionOptions } from 'docx';
import type { Block } from '../../render/doc-model.js';
import type { DocumentFrame } from '../../schema/document-types.js';
import { packDocx } from './pack-docx.js';
import { xmlSafe } from '../xml-safe.js';
import { bodyBlocks } from './body-blocks.js';
import { headerBlock } from './header-block.js';
import { FONT, PAGE, SIZE } from './layout.js';
import { signatureBlock } from './signature-block.js';
import { titleBlock } from './title-block.js';

/**
 * The administrative frame around the rendered body, as DOCX bytes. `attachment`: a list
 * "kèm theo" the document (the danh sách of a quyết định), on its own pages after the
 * signature, numbered from 1 as ND30 numbers an annex.
 */
export async function writeDocx(frame: DocumentFrame, body: readonly Block[], date: Date, attachment?: readonly Block[]): Promise<Uint8Array> {
  const foot: (Paragraph | Table)[] = frame.signer ? [new Paragraph({ keepNext: true, children: [] }), signatureBlock({ ...frame, signer: frame.signer })] : [];
  const sections: ISectionOptions[] = [numbered([headerBlock(frame), ...titleBlock(frame), ...bodyBlocks(body, { closing: frame.signer !== undefined }), ...foot])];
  if (attachment?.length) sections.push(numbered(bodyBlocks(attachment, { closing: false }), 1));
  const document = new Document({
    creator: xmlSafe(typeof frame.issuer.name === 'string' ? frame.issuer.name : frame.issuer.name.join(' ')),
    title: xmlSafe(frame.title),
    description: 'report: báo cáo phong trào thi đua',
    // vi-VN in the default run properties: Word spell-checks the text as Vietnamese.
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } } } } },
    sections,
  });
  return packDocx(document, date);
}

/** A section on A4 with ND30 margins, its page number centred at the top from page 2 on. */
function numbered(children: (Paragraph | Table)[], start?: number): ISectionOptions {
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber })] })],
  });
  return {
    properties: {
      titlePage: true, // page 1 takes the empty first-page header: no number on it
      page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin, ...(start ? { pageNumbers: { start } } : {}) },
    },
    headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}
