import { longDate, periodPhrase, periodText, yearOf } from '../format/dates.js';
import { escapeDeep } from '../format/escape-markdown.js';
import { smartQuotes } from '../format/smart-quotes.js';
import type { ReportData } from '../schema/report-data.js';
import { NARRATIVE_KEYS } from '../schema/report.js';
import { resolveForms } from '../schema/resolve-forms.js';
import { awardSummary, summaryTotals } from './award-summary.js';
import { clusterView } from './cluster-view.js';
import { figureView } from './figure-view.js';
import { latestIndicators } from './indicator-view.js';
import { issuerSubject, joinLines } from './issuer-subject.js';
import { modelSummary } from './model-summary.js';
import { modelLine, resultGroups } from './result-groups.js';


/**
 * Everything a body template may use, computed once. Every key is present
 * (null when there is no data) so strict templates can test it with {{#if}}.
 * Data strings are escaped for Markdown; `narrative` stays Markdown as written.
 */
export interface ViewOptions {
  /** The number of each annex by the kind of rows it lists (`models: 'II'`); absent when there is none. */
  readonly annexes?: Readonly<Record<string, string>>;
}

export function reportView(data: ReportData, options: ViewOptions = {}) {
  const { report } = data;
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const forms = resolveForms(data.award_forms);
  const reportYear = yearOf(report.period.to);
  const plan = report.kind === 'ke-hoach';
  const figures = data.figures.map((f) => figureView(f, { unitName, reportYear, singleYear: yearOf(report.period.from) === reportYear, plan }));
  const models = data.models.map((m) => modelLine(m, unitName));
  const indicators = latestIndicators(data.indicators, data.previous?.indicators);
  // With `results_by: unit`, each member's own figures and prose stand under its heading.
  const byMember = report.results_by === 'unit' && data.members ? data.members : [];
  const memberFigures = byMember.flatMap((m) => m.figures.map((f) => figureView({ ...f, unit: m.unit }, { unitName, reportYear, singleYear: yearOf(report.period.from) === reportYear, plan })));
  const memberProse = Object.fromEntries(byMember.filter((m) => m.results).map((m) => [m.unit, m.results!]));
  const withMembers = byMember.length ? { ...data, report: { ...report, narrative: { ...report.narrative, units: { ...memberProse, ...report.narrative?.units } } } } : data;
  const results = resultGroups(withMembers, { figures: [...figures, ...memberFigures], models, indicators });
  const contents = results.byUnit ? resultGroups({ ...data, report: { ...report, results_by: 'content' } }, { figures, models, indicators }).allGroups : results.allGroups;

  const granted = awardSummary(data.awards.filter((a) => a.status === 'granted'), data.award_counts, forms);
  const proposed = awardSummary(data.awards.filter((a) => a.status === 'proposed'), [], forms);
  const groupsWithModels = results.groups.filter((g) => g.models.length || g.modelCounts.length).length;
  const summary = modelSummary(data.models, data.model_counts);
  const showModelSummary = results.otherModels.length > 0 || results.otherModelCounts.length > 0 || groupsWithModels >= 2;

  const view = {
    kind: report.kind,
    isSoKet: report.kind === 'so-ket',
    isTongKet: report.kind === 'tong-ket',
    isKeHoach: plan,
    /** The award forms a plan announces: the report's own `award_forms`, in precedence order. */
    plannedForms: [...data.award_forms].sort((a, b) => a.precedence - b.precedence).map((f) => f.name),
    title: report.title,
    movement: {
      name: report.movement.name,
      shortName: report.movement.short_name ?? report.movement.name,
      launchedBy: report.movement.launched_by ?? null,
      basis: report.movement.basis ?? [],
    },
    period: { from: report.period.from, to: report.period.to, text: periodText(report.period.from, report.period.to), phrase: periodPhrase(report.period.from, report.period.to) },
    issuer: { name: joinLines(report.issuer.name), parent: report.issuer.parent ? joinLines(report.issuer.parent) : null, subject: issuerSubject(report, data.units) },
    place: report.place,
    date: report.date,
    dateLong: longDate(report.date),
    resultsByUnit: results.byUnit,
    annexes: { indicators: options.annexes?.indicators ?? null, ocop: options.annexes?.ocop ?? null, models: options.annexes?.models ?? null, figures: options.annexes?.figures ?? null },
    contents: contents.map((g) => ({ ...g, hasData: g.hasBody })),
    contentsWithData: contents.filter((g) => g.hasBody).map((g) => ({ ...g, hasData: true })),
    groups: results.groups,
    contentList: results.contentList,
    figures,
    otherFigures: results.otherFigures,
    figuresWithTarget: figures.filter((f) => f.target !== null),
    indicators: results.otherIndicators.length ? results.otherIndicators : null,
    ocop: results.otherOcop,
    /** Print the model summary sub-section: something is not shown under a content or unit, or models span several. */
    showModelSummary,
    models:
      data.models.length || data.model_counts.length
        ? {
            partsText: summary.partsText,
            total: summary.total,
            replicated: summary.replicated,
            listed: results.otherModels,
            counted: results.otherModelCounts,
            inAnnex: data.models.length > 0,
            list: models,
            unassigned: models.filter((m) => !m.content),
            moHinh: data.models.filter((m) => m.type === 'mo-hinh').length,
            dienHinh: data.models.filter((m) => m.type === 'dien-hinh').length,
            sangKien: data.models.filter((m) => m.type === 'sang-kien').length,
          }
        : null,
    cluster: clusterView(data.units),
    awards:
      granted.length || proposed.length
        ? {
            granted,
            proposed,
            grantedByForm: granted.some((r) => r.form !== null),
            hasHouseholds: granted.some((r) => r.households > 0),
            hasUnsplit: granted.some((r) => r.unsplit > 0),
            totals: summaryTotals(granted),
            proposedTotals: summaryTotals(proposed),
          }
        : null,
  };
  const narrative = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, smartQuotes(report.narrative?.[k]?.trim() ?? '') || null]));
  const escaped = escapeDeep(view, smartQuotes);
  // Prose under a content or unit, and a content's description, are Markdown written by the user: not escaped.
  const markdown = (text: string | null) => (text ? smartQuotes(text) : null);
  const groups = escaped.groups.map((g, i) => ({ ...g, prose: markdown(results.groups[i].prose), description: markdown(results.groups[i].description) }));
  const contentsView = escaped.contents.map((c, i) => ({ ...c, prose: markdown(contents[i].prose), description: markdown(contents[i].description) }));
  const contentsWithData = contentsView.filter((c) => c.hasData);
  return { ...escaped, groups, contents: contentsView, contentsWithData, narrative };
}

export type ReportView = ReturnType<typeof reportView>;
