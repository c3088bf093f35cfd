import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isCountMeasure } from '../../format/measure.js';
import type { Figure } from '../../schema/figure.js';
import type { Located } from '../report-data.js';
import { wholeCountHint } from '../whole-count-hint.js';
import { placeOf } from './place-of.js';

const COUNTED = ['value', 'target', 'previous', 'change'] as const;

/**
 * Numbers of a figure that a reviewer would hold against the source: a count of
 * things is whole (an unquoted `8.400` is 8,4 to YAML), a figure says something,
 * and a stated attainment or change that disagrees with the one its own numbers give is worth a warning.
 */
export function checkFigureNumbers(figures: readonly Located<Figure>[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of figures) {
    const f = entry.value;
    if (isCountMeasure(f.measure)) {
      for (const field of COUNTED) {
        const stated = f[field];
        if (stated && !Number.isInteger(stated.value)) {
          const hint = stated.comma ? { comma: 'yes', ...wholeCountHint(stated.value) } : wholeCountHint(stated.value);
          diagnostics.push(diagnostic('error', 'NOT_WHOLE_COUNT', { field, value: stated.value, measure: f.measure!, ...hint }, placeOf(entry, field)));
        }
      }
    }
    if (!f.value && !f.target && !f.attainment && !f.change && !f.change_percent) {
      diagnostics.push(diagnostic('error', 'FIGURE_SAYS_NOTHING', { id: f.id }, placeOf(entry, 'id')));
    }
    const disagree = (field: string, stated: { value: number; decimals: number }, computed: number) => {
      // "More than rounding": half a unit of the last digit the source wrote.
      if (Math.abs(stated.value - computed) > 0.5 * 10 ** -stated.decimals + 1e-9) {
        diagnostics.push(diagnostic('warning', 'STATED_DISAGREES', { field, stated: stated.value, computed: Number(computed.toFixed(2)) }, placeOf(entry, field)));
      }
    };
    if (f.attainment && 'percent' in f.attainment && f.value && f.target && f.target.value !== 0) disagree('attainment', f.attainment.percent, (f.value.value / f.target.value) * 100);
    if (f.change && f.value && f.previous) disagree('change', f.change, f.value.value - f.previous.value);
    if (f.change_percent && f.value && f.previous && f.previous.value !== 0) disagree('change_percent', f.change_percent, ((f.value.value - f.previous.value) / Math.abs(f.previous.value)) * 100);
  }
  return diagnostics;
}
