import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { run } from './runs.js';

/** A centred horizontal line `width` twips long inside a cell `cellWidth` wide (the rules under headings of ND30). */
export function rule(width: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 40, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

/** Rough printed width of Times New Roman text (capitals wide, dots narrow), to size rules and table columns. */
export function textWidth(text: string, halfPoints: number): number {
  const em = (halfPoints / 2) * 20; // twips per em
  let units = 0;
  for (const c of text) units += c === ' ' || c === '.' || c === ',' ? 0.25 : c === c.toUpperCase() && c !== c.toLowerCase() ? 0.68 : 0.5;
  return Math.round(units * em);
}
