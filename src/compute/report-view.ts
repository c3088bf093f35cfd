import { longDate, periodPhrase, periodText } from '../format/dates.js';
import { escapeDeep } from '../render/escape-markdown.js';
import { INDICATOR_INFO } from '../schema/indicator-info.js';
import { NARRATIVE_KEYS } from '../schema/report.js';
import { resolveForms } from '../schema/resolve-forms.js';
import type { ReportData } from '../validate/report-data.js';
import { awardSummary, summaryTotals } from './award-summary.js';
import { figureView } from './figure-view.js';
import { indicatorChange } from './indicator-change.js';
import { modelCounts } from './model-counts.js';
import { ocopSummary } from './ocop-shares.js';

/**
 * Everything a body template may use, computed once. Every key is present
 * (null when there is no data) so strict templates can test it with {{#if}}.
 * Data strings are escaped for Markdown; `narrative` stays Markdown as written.
 */
export function reportView(data: ReportData) {
  const { report } = data;
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const forms = resolveForms(data.award_forms);
  const figures = data.figures.map((f) => figureView(f, unitName));
  const models = data.models.map((m) => ({ ...m, unitName: unitName.get(m.unit) ?? m.unit, replicated: m.replicated ?? false, year: m.year ?? null }));

  const contents = (report.movement.contents ?? []).map((content, i) => {
    const own = { figures: figures.filter((f) => f.content === content.id), models: models.filter((m) => m.content === content.id) };
    return { index: i + 1, id: content.id, name: content.name, ...own, hasData: own.figures.length > 0 || own.models.length > 0 };
  });

  const latestPerCode = [...new Set(data.indicators.map((i) => i.code))].map((code) =>
    data.indicators.filter((i) => i.code === code).sort((a, b) => b.year - a.year)[0],
  );
  const indicators = latestPerCode.map((i) => {
    const info = INDICATOR_INFO[i.code];
    const change = indicatorChange(i, data.indicators);
    return {
      code: i.code,
      name: i.name ?? info?.name ?? i.code,
      shortName: info?.shortName ?? i.code,
      year: i.year,
      score: i.score ?? null,
      suffix: info?.suffix ?? ' điểm',
      isPercent: info?.suffix === '%',
      rank: i.rank ?? null,
      of: i.of ?? null,
      isFirst: i.rank === 1,
      previousYear: change?.previousYear ?? null,
      rankGain: change?.rankGain ?? null,
      scoreChange: change?.scoreChange ?? null,
    };
  });

  const latestOcop = [...data.ocop].sort((a, b) => b.year - a.year)[0];
  const granted = awardSummary(data.awards.filter((a) => a.status === 'granted'), data.award_counts, forms);
  const proposed = awardSummary(data.awards.filter((a) => a.status === 'proposed'), [], forms);
  const clusterMembers = data.units.filter((u) => u.role);
  const counts = modelCounts(data.models);

  const view = {
    kind: report.kind,
    isSoKet: report.kind === 'so-ket',
    isTongKet: report.kind === 'tong-ket',
    title: report.title,
    movement: {
      name: report.movement.name,
      shortName: report.movement.short_name ?? report.movement.name,
      launchedBy: report.movement.launched_by ?? null,
      basis: report.movement.basis ?? [],
    },
    period: { from: report.period.from, to: report.period.to, text: periodText(report.period.from, report.period.to), phrase: periodPhrase(report.period.from, report.period.to) },
    issuer: { name: report.issuer.name, parent: report.issuer.parent ?? null },
    place: report.place,
    date: report.date,
    dateLong: longDate(report.date),
    contents,
    contentsWithData: contents.filter((c) => c.hasData),
    figures,
    otherFigures: figures.filter((f) => !f.content),
    figuresWithTarget: figures.filter((f) => f.target !== null),
    indicators: indicators.length ? indicators : null,
    ocop: latestOcop ? ocopSummary(latestOcop) : null,
    models: models.length
      ? { list: models, total: counts.total, replicated: counts.replicated, moHinh: counts.byType['mo-hinh'], dienHinh: counts.byType['dien-hinh'], sangKien: counts.byType['sang-kien'], unassigned: models.filter((m) => !m.content) }
      : null,
    cluster: clusterMembers.length
      ? {
          members: clusterMembers.map((u) => u.name),
          leaders: clusterMembers.filter((u) => u.role === 'truong-khoi').map((u) => u.name),
          deputies: clusterMembers.filter((u) => u.role === 'pho-khoi').map((u) => u.name),
        }
      : null,
    awards: granted.length || proposed.length ? { granted, proposed, totals: summaryTotals(granted), proposedTotals: summaryTotals(proposed) } : null,
  };
  const narrative = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, report.narrative?.[k]?.trim() || null]));
  return { ...escapeDeep(view), narrative };
}

export type ReportView = ReturnType<typeof reportView>;
