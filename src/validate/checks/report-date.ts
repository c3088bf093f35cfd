import { yearOf } from '../../format/dates.js';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import type { SourceFile } from '../../load/source-file.js';
import type { Report } from '../../schema/report.js';

/**
 * A sơ kết or tổng kết reviews its period: dated in a year before the period's
 * last year, it is probably a typo (a sơ kết dated during its last year is normal).
 */
export function checkReportDate(file: SourceFile, report: Report): Diagnostic[] {
  if (report.kind === 'ke-hoach') return []; // a plan is dated at the start of its period
  const lastYear = yearOf(report.period.to);
  const year = yearOf(report.date);
  if (year >= lastYear) return [];
  return [diagnostic('warning', 'DATED_BEFORE_PERIOD_END', { date: report.date, year: lastYear }, locate(file, ['date']))];
}
