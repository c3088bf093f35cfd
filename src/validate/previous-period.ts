import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { periodPhrase } from '../format/dates.js';
import { locate } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import type { ReportData } from '../schema/report-data.js';

/** Where `previous:` points, if it names a report folder; a warning at the field otherwise. */
export function previousDir(data: ReportData, report: SourceFile | undefined, diagnostics: Diagnostic[]): string | undefined {
  const path = data.report.previous;
  if (!path) return undefined;
  const dir = resolve(data.dir, path);
  if (['report.yaml', 'report.yml'].some((n) => existsSync(join(dir, n)))) return dir;
  diagnostics.push(diagnostic('warning', 'PREVIOUS_NOT_REPORT', { path }, report ? locate(report, ['previous']) : undefined));
  return undefined;
}

/**
 * The report with its changes against the previous report: a figure that states no change
 * (no `change`, `change_percent` or `previous`) and whose id the previous report gives with
 * a value gets that value as `previous`, compared to the previous report's period; a measure
 * that differs is a warning and no change.
 */
export function withPrevious(data: ReportData, before: ReportData): { data: ReportData; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const earlier = new Map(before.figures.filter((f) => f.value).map((f) => [f.id, f]));
  const comparedTo = periodPhrase(before.report.period.from, before.report.period.to);
  const figures = data.figures.map((f) => {
    const then = earlier.get(f.id);
    if (!then || !f.value || f.change || f.change_percent || f.previous) return f;
    if ((then.measure ?? '') !== (f.measure ?? '')) {
      diagnostics.push(diagnostic('warning', 'PREVIOUS_MEASURE_DIFFERS', { id: f.id, measure: f.measure ?? '', other: then.measure ?? '' }));
      return f;
    }
    return { ...f, previous: then.value!, compared_to: f.compared_to ?? comparedTo };
  });
  return { data: { ...data, figures, previous: { dir: before.dir, indicators: before.indicators } }, diagnostics };
}
