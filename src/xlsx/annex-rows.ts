import { yearOf } from '../format/dates.js';
import { figureView } from '../compute/figure-view.js';
import { indicatorView } from '../compute/indicator-view.js';
import { ocopSummary } from '../compute/ocop-shares.js';
import { compareText } from '../format/sort-names.js';
import type { ReportData } from '../schema/report-data.js';

const MODEL_TYPES = { 'mo-hinh': 'Mô hình', 'dien-hinh': 'Điển hình', 'sang-kien': 'Sáng kiến' } as const;

/** The rows each annex sheet may list, by the name a layout's `rows:` uses. */
export function annexRows(data: ReportData): Record<string, Record<string, unknown>[]> {
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const contentName = new Map((data.report.movement.contents ?? []).map((c) => [c.id, c.name]));
  const indicators = [...data.indicators].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
  return {
    indicators: indicators.map((i, n) => {
      const view = indicatorView(i, data.indicators);
      return {
        stt: n + 1,
        code: i.code,
        shortName: view.shortName,
        name: view.name,
        year: i.year,
        score: i.score?.value ?? null,
        rankText: i.rank !== undefined ? `${i.rank}${i.of !== undefined ? `/${i.of}` : ''}` : null,
        changeText: view.changeText,
      };
    }),
    ocop: [...data.ocop]
      .sort((a, b) => a.year - b.year)
      .flatMap((o) => ocopSummary(o).classes.map((c) => ({ year: o.year, label: c.label, count: c.count, share: c.share / 100 }))),
    models: [...data.models]
      .sort((a, b) => compareText(unitName.get(a.unit) ?? a.unit, unitName.get(b.unit) ?? b.unit) || compareText(a.name, b.name))
      .map((m, n) => ({
        stt: n + 1,
        name: m.name,
        typeLabel: MODEL_TYPES[m.type],
        unitName: unitName.get(m.unit) ?? m.unit,
        contentName: m.content ? contentName.get(m.content) ?? m.content : null,
        year: m.year ?? null,
        replicatedText: m.replicated ? 'Có' : null,
      })),
    figures: data.figures.map((f, n) => {
      const view = figureView(f, { unitName, reportYear: yearOf(data.report.period.to), singleYear: false });
      return {
      stt: n + 1,
      label: f.label,
      measure: f.measure ?? null,
      target: f.target?.value ?? null,
      value: f.value?.value ?? null,
      /** Value over target, cached with the live formula; null where the sheet leaves the cell empty. */
      attainmentRatio: f.value && f.target && f.target.value !== 0 ? f.value.value / f.target.value : '',
      previous: f.previous?.value ?? null,
      unitName: f.unit ? unitName.get(f.unit) ?? f.unit : null,
      /** What the source states beside the numbers: "đạt 59,5% dự toán; tăng 549 tỷ đồng so với năm 2020". */
      note: [f.value?.approx || f.approx ? view.valueText : null, view.attainmentText, view.changeText].filter(Boolean).join('; ') || null,
      };
    }),
  };
}
