import { textWidth } from './rule.js';
import type { CertificateField } from './certificate-layout.js';

export const TWIPS_PER_MM = 1440 / 25.4;
/** Line height as a multiple of the type size: what the frame's exact line spacing is set to. */
export const LINE_FACTOR = 1.2;

/** Words broken into lines no wider than `width` twips, as a greedy typesetter would. */
function lineCount(text: string, halfPoints: number, width: number, bold: boolean): number {
  const measure = (s: string) => textWidth(s, halfPoints) * (bold ? 1.08 : 1.02);
  let lines = 1;
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (measure(next) <= width || !current) current = next;
    else {
      lines++;
      current = word;
    }
    if (measure(word) > width) return Number.POSITIVE_INFINITY; // one word wider than the box never fits
  }
  return lines;
}

/**
 * The largest size, from the field's `size` down to its `min_size` in half points,
 * at which the text fits its box; `fits` false when not even the smallest does.
 */
export function fitText(text: string, field: CertificateField): { size: number; lines: number; fits: boolean } {
  const width = field.width * TWIPS_PER_MM - 60; // a little air inside the frame
  const height = field.height * TWIPS_PER_MM;
  for (let halfPoints = Math.round(field.size * 2); halfPoints >= Math.round(field.min_size * 2); halfPoints--) {
    const lines = lineCount(text, halfPoints, width, field.bold);
    if (lines * halfPoints * 10 * LINE_FACTOR <= height) return { size: halfPoints, lines, fits: true };
  }
  const smallest = Math.round(field.min_size * 2);
  return { size: smallest, lines: lineCount(text, smallest, width, field.bold), fits: false };
}
