import { changeText, quantityText } from '../format/quantity.js';
import type { Figure } from '../schema/figure.js';
import { APPROX_WORDS, type ApproxCode } from '../schema/stated-number.js';
import { attainment, attainmentText, basisWord } from './attainment.js';
import { describeChange, percentChange } from './change.js';

export interface FigureContext {
  readonly unitName: ReadonlyMap<string, string>;
  /** The year a `period` without a `year` belongs to: the report's last year. */
  readonly reportYear: number;
  /** True when the report covers one year only: a figure of that year needs no year of its own. */
  readonly singleYear: boolean;
  /** A plan (kế hoạch): a target without a result reads as what to strive for, "phấn đấu …". */
  readonly plan?: boolean;
}

/**
 * A figure with what the report says of it, each part as the source states it:
 * the value with its qualifier and digits, attainment with its basis word, the
 * change against what it is compared to. Computed parts fill in only what was not stated.
 */
export function figureView(figure: Figure, context: FigureContext) {
  const measure = figure.measure;
  const value = figure.value ? { ...figure.value, approx: figure.value.approx ?? approxWord(figure.approx) } : undefined;
  const computedAttainment = attainment(value?.value, figure.target?.value);
  const reached = attainmentText(figure.attainment, computedAttainment, figure.target_basis);
  const targetText = figure.target ? quantityText(figure.target, measure) : undefined;
  const attainmentPart = reached
    ? targetText
      ? `${reached} (${targetText})`
      : reached
    : targetText
      ? context.plan && !value
        ? `phấn đấu ${targetText}`
        : `${basisWord(figure.target_basis)} ${targetText}`
      : undefined;

  const comparedTo = `so với ${figure.compared_to ?? 'cùng kỳ'}`;
  let change: string | undefined;
  if (figure.change && figure.change_percent) change = `${changeText(figure.change, measure)} (${changeText(figure.change_percent, '%')})`;
  else if (figure.change) change = changeText(figure.change, measure);
  else if (figure.change_percent) change = changeText(figure.change_percent, '%');
  else {
    const computed = percentChange(value?.value, figure.previous?.value);
    if (computed !== undefined) change = describeChange(computed, '%');
  }
  const changePart = change ? `${change} ${comparedTo}` : undefined;

  // A negative percentage is a fall ("GRDP 6 tháng đầu năm âm 2,37%"): it reads "giảm 2,37%", never "-2,37%".
  const valueText = value ? (value.value < 0 && measure?.trim() === '%' ? changeText(value, '%') : quantityText(value, measure)) : undefined;
  const details = [valueText, attainmentPart, changePart].filter((part): part is string => part !== undefined);
  return {
    id: figure.id,
    label: figure.label,
    subject: `${figure.label}${when(figure, context)}`,
    details: details.join(', '),
    valueText: valueText ?? null,
    value: value?.value ?? null,
    measure: measure ?? '',
    target: figure.target?.value ?? null,
    targetText: targetText ?? null,
    previous: figure.previous?.value ?? null,
    attainment: figure.attainment && 'percent' in figure.attainment ? figure.attainment.percent.value : computedAttainment ?? null,
    attainmentText: attainmentPart ?? null,
    /** The change in %, as stated or computed from `previous` (null when neither). */
    changePercent: figure.change_percent?.value ?? percentChange(value?.value, figure.previous?.value) ?? null,
    changeText: changePart ?? null,
    unit: figure.unit ?? null,
    unitName: figure.unit ? context.unitName.get(figure.unit) ?? figure.unit : null,
    content: figure.content ?? null,
    year: figure.year ?? null,
  };
}

export type FigureView = ReturnType<typeof figureView>;

const approxWord = (code: ApproxCode | undefined) => (code ? APPROX_WORDS[code] : undefined);

/** ` 6 tháng đầu năm 2022`, ` năm 2021`, or nothing when the label or the report already says the year. */
function when(figure: Figure, context: FigureContext): string {
  const year = figure.year ?? context.reportYear;
  if (figure.period) {
    if (figure.label.includes(String(year)) || figure.period.includes(String(year))) return ` ${figure.period}`;
    return / năm$/u.test(figure.period) ? ` ${figure.period} ${year}` : ` ${figure.period} năm ${year}`;
  }
  if (figure.year === undefined || figure.label.includes(String(figure.year))) return '';
  return context.singleYear && figure.year === context.reportYear ? '' : ` năm ${figure.year}`;
}
