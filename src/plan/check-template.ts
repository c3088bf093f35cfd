import { reportView } from '../compute/report-view.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderTemplate } from '../render/render-template.js';
import { resolveTemplate, templateProblemDiagnostic } from '../render/template-files.js';
import type { ReportData } from '../schema/report-data.js';

/**
 * The report's template compiled and run over its own data without writing anything,
 * so `validate` finds what `build` would fail on, at the template's file:line:col.
 */
export function checkTemplate(data: ReportData): Diagnostic[] {
  const set = resolveTemplate(data.report.template, data.report.kind, data.dir);
  if (!('main' in set)) return [templateProblemDiagnostic(set)];
  return renderTemplate(set, reportView(data)).diagnostics;
}
