import { join } from 'node:path';
import { reportView } from '../compute/report-view.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseMarkdown } from '../render/parse-markdown.js';
import { renderTemplate } from '../render/render-template.js';
import { resolveTemplate, templateProblemDiagnostic } from '../render/template-files.js';
import type { ReportData } from '../schema/report-data.js';
import type { AnnexLayout } from '../xlsx/layout.js';
import { buildDate } from '../write/deterministic-zip.js';
import { outputName } from './output-name.js';

export interface BuildOutput {
  readonly path: string;
  readonly kind: 'docx' | 'xlsx';
  /** Produces the bytes; called by the writer so a failure leaves nothing behind. */
  readonly bytes: () => Promise<Uint8Array>;
}

/** What producing the bytes found worth a warning (a cell text cut to Excel's limit). */
export type LateWarnings = Diagnostic[];

/** Validated data → the DOCX (and annexes): computed, templated, laid out; nothing written yet. */
export async function planBuild(data: ReportData, outDir: string, late: LateWarnings = []): Promise<{ outputs: BuildOutput[]; diagnostics: Diagnostic[] }> {
  const set = resolveTemplate(data.report.template, data.report.kind, data.dir);
  if (!('main' in set)) return { outputs: [], diagnostics: [templateProblemDiagnostic(set)] };
  // The annexes come first: the report refers to them by the numbers they get.
  const [{ annexNumbers, hasAnnexData }, { AnnexLayoutSchema, layoutOrDiagnostic }] = await Promise.all([import('../xlsx/annex-workbook.js'), import('../xlsx/layout.js')]);
  let layout: AnnexLayout | undefined;
  if (hasAnnexData(data)) {
    const annex = layoutOrDiagnostic('annexes', AnnexLayoutSchema, data.dir, data.report.template);
    if ('diagnostic' in annex) return { outputs: [], diagnostics: [annex.diagnostic] };
    layout = annex.layout;
  }
  const rendered = renderTemplate(set, reportView(data, { annexes: layout ? annexNumbers(data, layout) : {} }));
  if (rendered.markdown === undefined) return { outputs: [], diagnostics: rendered.diagnostics };

  const body = parseMarkdown(rendered.markdown);
  const date = buildDate(data.report.date);
  const name = outputName(data.dir);
  const { writeDocx } = await import('../write/docx/write-docx.js');
  const outputs: BuildOutput[] = [{ path: join(outDir, `${name}.docx`), kind: 'docx', bytes: () => writeDocx(data.report, body, date) }];
  if (layout) {
    const annexLayout = layout;
    outputs.push({ path: join(outDir, `${name}-phu-luc.xlsx`), kind: 'xlsx', bytes: () => annexBytes(data, annexLayout, date, late) });
  }
  return { outputs, diagnostics: [] };
}

async function annexBytes(data: ReportData, layout: AnnexLayout, date: Date, late: LateWarnings): Promise<Uint8Array> {
  const [{ workbookBytes }, { fillAnnexWorkbook }, { MAX_CELL_TEXT }] = await Promise.all([import('../xlsx/workbook-bytes.js'), import('../xlsx/annex-workbook.js'), import('../xlsx/cell-values.js')]);
  return workbookBytes(date, (workbook) => {
    const { truncated } = fillAnnexWorkbook(workbook, data, layout);
    if (truncated) late.push(diagnostic('warning', 'TEXT_TOO_LONG', { cells: truncated, max: MAX_CELL_TEXT }));
  });
}
