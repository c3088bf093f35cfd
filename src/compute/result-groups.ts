import { quantityText } from '../format/quantity.js';
import type { ReportData } from '../schema/report-data.js';
import type { Model } from '../schema/model.js';
import type { FigureView } from './figure-view.js';
import type { IndicatorView } from './indicator-view.js';
import { modelCountText } from './model-summary.js';
import { ocopSummary, type OcopSummary } from './ocop-shares.js';

/** A listed model as a line of the report. */
export interface ModelLine {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly year: number | null;
  readonly replicated: boolean;
  readonly participantsText: string | null;
  readonly content: string | null;
  readonly unit: string;
  readonly type: Model['type'];
}

export const modelLine = (m: Model, unitName: ReadonlyMap<string, string>): ModelLine => ({
  id: m.id,
  name: m.name,
  unitName: unitName.get(m.unit) ?? m.unit,
  year: m.year ?? null,
  replicated: m.replicated ?? false,
  participantsText: m.participants ? quantityText(m.participants, 'người') : null,
  content: m.content ?? null,
  unit: m.unit,
  type: m.type,
});

/**
 * The results of section III, one group per movement content (every content, in
 * order, even one with prose only) or, with `results_by: unit`, per member unit;
 * each with its prose, figures, models, counted models, indicators and OCOP.
 */
export function resultGroups(data: ReportData, views: { figures: readonly FigureView[]; models: readonly ModelLine[]; indicators: readonly IndicatorView[] }) {
  const byUnit = data.report.results_by === 'unit';
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const prose = (byUnit ? data.report.narrative?.units : data.report.narrative?.contents) ?? {};
  const keyOf = (item: { content?: string | null; unit?: string | null }) => (byUnit ? item.unit : item.content) ?? null;
  const latestOcop = [...data.ocop].sort((a, b) => b.year - a.year)[0];

  const heads: { id: string; name: string; description: string | null }[] = byUnit
    ? data.units.map((u) => ({ id: u.id, name: u.name, description: null }))
    : (data.report.movement.contents ?? []).map((c) => ({ id: c.id, name: c.name, description: c.description?.trim() || null }));

  const groups = heads.map((head, i) => {
    const figures = views.figures.filter((f) => keyOf(f) === head.id);
    const models = views.models.filter((m) => keyOf(m) === head.id);
    const modelCounts = data.model_counts.filter((c) => keyOf(c) === head.id).map((c) => modelCountText(c, !byUnit && c.unit ? unitName.get(c.unit) : undefined));
    const indicators = byUnit ? [] : views.indicators.filter((x) => x.content === head.id);
    const ocop: OcopSummary | null = !byUnit && latestOcop?.content === head.id ? ocopSummary(latestOcop) : null;
    const text = prose[head.id]?.trim() || null;
    const hasBody = Boolean(text || figures.length || models.length || modelCounts.length || indicators.length || ocop);
    return { index: i + 1, id: head.id, name: head.name, description: head.description, prose: text, figures, models, modelCounts, indicators, ocop, hasBody };
  });
  // Every content is named: under its own heading, or, when no content has anything under it, in one list.
  // Units are named when they have something to say or belong to the cluster.
  const noneHasBody = !byUnit && !groups.some((g) => g.hasBody);
  const shown = byUnit ? groups.filter((g) => g.hasBody || data.units.find((u) => u.id === g.id)?.role) : noneHasBody ? [] : groups;
  const placed = new Set(shown.map((g) => g.id));
  return {
    byUnit,
    /** Every content (or unit) whether or not it has anything under it. */
    allGroups: groups,
    groups: shown,
    contentList: noneHasBody ? groups.map((g) => g.name) : [],
    otherFigures: views.figures.filter((f) => !placed.has(keyOf(f) ?? '')),
    otherIndicators: views.indicators.filter((x) => byUnit || !placed.has(x.content ?? '')),
    otherOcop: latestOcop && (byUnit || !placed.has(latestOcop.content ?? '')) ? ocopSummary(latestOcop) : null,
    otherModels: views.models.filter((m) => !placed.has(keyOf(m) ?? '')),
    otherModelCounts: data.model_counts.filter((c) => !placed.has(keyOf(c) ?? '')).map((c) => modelCountText(c, c.unit ? unitName.get(c.unit) : undefined)),
    unitName,
  };
}
