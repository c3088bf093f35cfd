import {
  BorderStyle,
  Document,
  FrameAnchorType,
  HeightRule,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  PageOrientation,
  Paragraph,
  TextRun,
  VerticalPositionRelativeFrom,
  type ISectionOptions,
} from 'docx';
import { packDocx } from './pack-docx.js';
import { xmlSafe } from '../xml-safe.js';
import type { CertificateField, CertificateLayout } from './certificate-layout.js';
import { fitText, LINE_FACTOR, TWIPS_PER_MM } from './fit-text.js';
import { gridPng } from './grid-image.js';
import { ALIGN } from './layout.js';

const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** A field's text in a frame fixed on the page at its box, set at the size that fits. */
function placed(field: CertificateField, text: string, font: string, outline = false): Paragraph {
  const { size } = fitText(text, field);
  const edge = { style: BorderStyle.DASHED, size: 4, color: '808080', space: 0 };
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: mm(field.x), y: mm(field.y) },
      width: mm(field.width),
      height: mm(field.height),
      rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
    alignment: ALIGN[field.align],
    spacing: { before: 0, after: 0, line: Math.round(size * 10 * LINE_FACTOR), lineRule: LineRuleType.EXACT },
    ...(outline ? { border: { top: edge, bottom: edge, left: edge, right: edge } } : {}),
    children: [new TextRun({ text: xmlSafe(text), font, size, bold: field.bold, italics: field.italic })],
  });
}

/**
 * An empty paragraph closing each page: LibreOffice anchors frames to the paragraph that
 * follows them, and without one of its own a page's frames drift onto the next page.
 */
const anchor = () => new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });

/**
 * Certificates for printing onto pre-printed forms: first a calibration page (the
 * millimetre grid with every box outlined and named), then one page per recipient
 * with each field's text inside its box. No margins, no header: only the frames print.
 */
export async function writeCertificates(layout: CertificateLayout, pages: readonly Readonly<Record<string, string>>[], date: Date): Promise<Uint8Array> {
  const { width, height } = layout.page;
  const landscape = width > height;
  const page = {
    size: { width: mm(Math.min(width, height)), height: mm(Math.max(width, height)), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0 },
  };
  const toPx = (value: number) => Math.round((value / 25.4) * 96);
  const grid = new ImageRun({
    type: 'png',
    data: gridPng(width, height),
    transformation: { width: toPx(width), height: toPx(height) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 0 },
      behindDocument: true,
      allowOverlap: true,
    },
  });
  const calibration: ISectionOptions = {
    properties: { page },
    children: [
      new Paragraph({ children: [grid] }),
      ...layout.fields.map((f) => placed({ ...f, min_size: Math.min(f.min_size, 6) }, `${f.name} (x ${f.x}, y ${f.y}, ${f.width} × ${f.height} mm)`, layout.font, true)),
      anchor(),
    ],
  };
  const sections: ISectionOptions[] = [
    calibration,
    ...pages.map((values) => ({ properties: { page }, children: [...layout.fields.map((f) => placed(f, values[f.name] ?? '', layout.font)), anchor()] })),
  ];
  const document = new Document({
    creator: 'report',
    title: 'Phôi bằng khen, giấy khen',
    styles: { default: { document: { run: { font: layout.font, language: { value: 'vi-VN' } } } } },
    sections,
  });
  return packDocx(document, date);
}
