import { TextRun } from 'docx';
import type { Inline } from '../../render/doc-model.js';
import { xmlSafe } from '../xml-safe.js';
import { FONT } from './layout.js';

export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export const run = (text: string, style: RunStyle = {}) => new TextRun({ text: xmlSafe(text), font: FONT, ...style });

/** Inlines of the document model as runs; the block's own style applies under each inline's. */
export const runs = (inlines: readonly Inline[], style: RunStyle = {}) =>
  inlines.map((i) => run(i.text, { ...style, bold: i.bold || style.bold, italics: i.italic || style.italics }));
