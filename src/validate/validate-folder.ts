import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFolder } from '../load/load-folder.js';
import type { SourceFile } from '../load/source-file.js';
import { DATA_KIND_NAMES } from '../schema/kinds.js';
import { resolveForms } from '../schema/resolve-forms.js';
import { checkAwardCounts } from './checks/award-counts.js';
import { checkAwardRecipients } from './checks/award-recipients.js';
import { checkDuplicateIds } from './checks/duplicate-ids.js';
import { checkIndicators, checkOcopYears } from './checks/indicators.js';
import { checkPeriod } from './checks/period.js';
import { checkProseKeys, checkReferences } from './checks/references.js';
import { checkPackSettings } from './checks/pack-settings.js';
import { checkDuplicateAwards } from './checks/duplicate-awards.js';
import { checkFigureNumbers } from './checks/figure-numbers.js';
import { checkReportDate } from './checks/report-date.js';
import { checkUnitCycles } from './checks/unit-cycles.js';
import { checkShapes } from './check-shapes.js';
import type { ReportData } from '../schema/report-data.js';
import type { Located } from './report-data.js';
import { rollUp, splitOwn } from './roll-up.js';
import { previousDir, withPrevious } from './previous-period.js';
import { locate } from '../load/locate.js';
import { checkMembers } from './checks/members.js';

/** The units of the report and its members, each once (a member may declare one the report declares). */
const uniqueById = <T extends { id: string }>(list: readonly T[]): T[] => list.filter((u, i) => list.findIndex((v) => v.id === u.id) === i);

export interface Validation {
  /** Present when there is no error: the typed report for the later stages. */
  readonly data?: ReportData;
  readonly diagnostics: readonly Diagnostic[];
  readonly ioFailure: boolean;
  /** File texts by display path, for printing the offending source line. */
  readonly sources: ReadonlyMap<string, string>;
  /** Every file the report reads (absolute paths). */
  readonly inputs: readonly string[];
  /** report.yaml as loaded, for places found after validation. */
  readonly reportFile?: SourceFile;
}

/**
 * A file that could not be read declares nothing we know of: every reference to an id
 * it may hold would be a false error. They are dropped, and one line says how many.
 */
function withoutFollowOns(diagnostics: readonly Diagnostic[], unusable: readonly string[]): Diagnostic[] {
  if (unusable.length === 0) return [...diagnostics];
  const kept = diagnostics.filter((d) => d.code !== 'UNKNOWN_REF');
  const dropped = diagnostics.length - kept.length;
  if (dropped > 0) kept.push(diagnostic('warning', 'REFS_NOT_CHECKED', { count: dropped, files: unusable.join(', ') }));
  return kept;
}

/**
 * Validates a report folder, reading its workbooks first (exceljs reads asynchronously; the
 * rest of the load is synchronous and runs again with the workbooks' cells in hand).
 */
export async function validateReportFolder(dir: string, seen: ReadonlySet<string> = new Set()): Promise<Validation> {
  const first = loadFolder(dir);
  let validation: Validation;
  if (first.pendingTables.length === 0) validation = validateFolder(dir, first);
  else {
    const { readWorkbook } = await import('../intake/read-workbook.js');
    const tables = new Map(await Promise.all(first.pendingTables.map(async (path) => [path, await readWorkbook(path)] as const)));
    validation = validateFolder(dir, loadFolder(dir, tables));
  }
  return withPreviousPeriod(validation, seen);
}

/** `previous:`: the earlier report validated on its own, its figures the base of the changes this one does not state. */
async function withPreviousPeriod(validation: Validation, seen: ReadonlySet<string>): Promise<Validation> {
  const { data } = validation;
  if (!data?.report.previous || seen.has(data.dir)) return validation;
  const diagnostics = [...validation.diagnostics];
  const dir = previousDir(data, validation.reportFile, diagnostics);
  if (!dir) return { ...validation, diagnostics: sortDiagnostics(diagnostics) };
  const before = await validateReportFolder(dir, new Set([...seen, data.dir]));
  if (!before.data) {
    const errors = before.diagnostics.filter((d) => d.severity === 'error').length;
    diagnostics.push(diagnostic('warning', 'PREVIOUS_INVALID', { path: data.report.previous, errors }, validation.reportFile ? locate(validation.reportFile, ['previous']) : undefined));
    return { ...validation, diagnostics: sortDiagnostics(diagnostics) };
  }
  const joined = withPrevious(data, before.data);
  return { ...validation, data: joined.data, diagnostics: sortDiagnostics([...diagnostics, ...joined.diagnostics]), inputs: [...validation.inputs, ...before.inputs] };
}

/** Validates a folder already loaded (YAML and CSV only, or with its workbooks read). */
export function validateFolder(dir: string, loaded = loadFolder(dir)): Validation {
  if (loaded.pendingTables.length > 0) throw new Error(`validateFolder: workbooks not read yet (${loaded.pendingTables.join(', ')}); use validateReportFolder`);
  const files = [loaded.report, ...loaded.dataFiles].filter((f): f is SourceFile => f !== undefined);
  const sources = new Map([...loaded.texts, ...files.map((f) => [f.display, f.text] as const)]);
  const shapes = checkShapes(loaded.report, loaded.dataFiles);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...shapes.diagnostics];
  const { data } = shapes;

  const contents: Located<{ id: string }>[] = (shapes.report?.value.movement.contents ?? []).map((c, i) => ({
    value: c,
    file: shapes.report!.file,
    path: ['movement', 'contents', i],
  }));
  const forms = resolveForms(data.award_forms.map((f) => f.value));
  const known = { units: shapes.declared.units, contents: shapes.declared.contents, forms: new Set([...forms.keys(), ...shapes.declared.forms]) };
  const roll = rollUp(loaded.members, data.figures, data.indicators, data.ocop);
  const own = { ...data, figures: splitOwn(data.figures).own, indicators: splitOwn(data.indicators).own, ocop: splitOwn(data.ocop).own };
  diagnostics.push(
    ...roll.diagnostics,
    ...checkMembers(loaded.members, known.units, loaded.report),
    ...checkDuplicateIds(own, contents),
    ...checkReferences(data, known),
    ...checkFigureNumbers(data.figures),
    ...checkDuplicateAwards(data.awards),
    ...checkUnitCycles(data.units),
    ...checkIndicators(own.indicators),
    ...checkOcopYears(own.ocop),
    ...checkAwardRecipients(data.awards, data.award_counts, forms),
    ...checkAwardCounts(data.awards, data.award_counts),
  );
  if (loaded.report && shapes.rawReport) diagnostics.push(...checkPeriod(loaded.report, shapes.rawReport.period));
  if (shapes.report) {
    diagnostics.push(...checkProseKeys(shapes.report.file, shapes.report.value.narrative, known), ...checkReportDate(shapes.report.file, shapes.report.value));
    diagnostics.push(...checkPackSettings(shapes.report.file, shapes.report.value.pack, known.forms));
  }
  if (loaded.report && !loaded.diagnostics.length && !shapes.report && !diagnostics.length) {
    diagnostics.push(diagnostic('error', 'MISSING_REPORT', { dir }));
  }

  const sorted = sortDiagnostics(withoutFollowOns(diagnostics, loaded.unusable));
  const ok = shapes.report && !hasErrors(sorted);
  const reportData = ok
    ? ({
        dir: loaded.dir,
        report: shapes.report!.value,
        ...Object.fromEntries(DATA_KIND_NAMES.map((k) => [k, own[k].map((e) => e.value)])),
        units: uniqueById(data.units.map((e) => e.value)),
        figures: roll.figures,
        ocop: roll.ocop,
        ...(roll.members.length > 0 ? { members: roll.members } : {}),
      } as unknown as ReportData)
    : undefined;
  // Only the files a diagnostic points into are kept for their excerpts: a 25 MB file's text
  // (50 MB in memory) is not held through a whole export for nothing to print.
  const pointedAt = new Set(sorted.map((d) => d.file));
  for (const file of sources.keys()) if (!pointedAt.has(file)) sources.delete(file);
  return { data: reportData, diagnostics: sorted, ioFailure: loaded.ioFailure, sources, inputs: loaded.inputs, reportFile: loaded.report };
}
