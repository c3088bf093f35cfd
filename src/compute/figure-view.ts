import type { Figure } from '../schema/figure.js';
import { attainment } from './attainment.js';
import { percentChange } from './change.js';

/** A figure with what the report says of it: attainment against target, change against previous. */
export function figureView(figure: Figure, unitName: ReadonlyMap<string, string>) {
  return {
    id: figure.id,
    label: figure.label,
    value: figure.value,
    measure: figure.measure ?? '',
    target: figure.target ?? null,
    previous: figure.previous ?? null,
    attainment: attainment(figure.value, figure.target) ?? null,
    changePercent: percentChange(figure.value, figure.previous) ?? null,
    unitName: figure.unit ? unitName.get(figure.unit) ?? figure.unit : null,
    content: figure.content ?? null,
    year: figure.year ?? null,
  };
}
