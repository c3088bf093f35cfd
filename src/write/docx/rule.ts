import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import { run } from './runs.js';

/** A centred horizontal line `width` twips long inside a cell `cellWidth` wide (the rules under headings of ND30). */
export function rule(width: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

/** Rough printed width of bold Times New Roman capitals and lower case, to size a rule to its text. */
export function textWidth(text: string, halfPoints: number): number {
  const em = (halfPoints / 2) * 20; // twips per em
  let units = 0;
  for (const c of text) units += c === ' ' ? 0.25 : c === c.toUpperCase() && c !== c.toLowerCase() ? 0.68 : 0.5;
  return Math.round(units * em);
}
