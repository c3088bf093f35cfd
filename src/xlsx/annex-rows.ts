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
    figures: data.figures.map((f, n) => ({
      stt: n + 1,
      label: f.label,
      measure: f.measure ?? null,
      target: f.target?.value ?? null,
      value: f.value?.value ?? null,
      previous: f.previous?.value ?? null,
      unitName: f.unit ? unitName.get(f.unit) ?? f.unit : null,
    })),
  };
}
