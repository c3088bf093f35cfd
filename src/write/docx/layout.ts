import { AlignmentType, LineRuleType } from 'docx';
/**
 * Page and type measurements of Nghị định 30/2020/NĐ-CP (shared/reference/layout-nd30.md),
 * in the units docx uses: twips (1/1440 in, 1 mm ≈ 56.7) and half-points for type.
 */
export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // 297 mm
  margin: { top: 1418, bottom: 1134, left: 1985, right: 1134, header: 567, footer: 567 }, // 25 / 20 / 35 / 20 / 10 mm
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';
export const SIZE = {
  body: 28, // 14 pt
  header: 26, // 13 pt
  motto: 28,
  table: 26,
  recipientsLabel: 24, // 12 pt
  recipients: 22, // 11 pt
  pageNumber: 28,
} as const;

/** Header block: issuer 40% | quốc hiệu 60%; foot: nơi nhận 32% | signature 68%. */
export const HEADER_COLUMNS = [3829, 5670] as const;
export const FOOT_COLUMNS = [2994, 6290] as const;

export const BODY = {
  firstLineIndent: 720, // 1.27 cm
  after: 120, // 6 pt between paragraphs
  line: 288, // 1.2 lines, with lineRule auto: Word and LibreOffice read it alike (ND30: single to 1.5)
} as const;

/** Paragraph spacing with an explicit line rule: without one LibreOffice reads `line` as exact twips. */
export const bodySpacing = (before: number, after: number) => ({ before, after, line: BODY.line, lineRule: LineRuleType.AUTO });

/** The document model's alignments as docx's. */
export const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
