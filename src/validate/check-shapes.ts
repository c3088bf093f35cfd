import type { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import { DATA_KINDS, DATA_KIND_NAMES, isDataKind, type DataKind } from '../schema/kinds.js';
import { ReportSchema, type Report } from '../schema/report.js';
import type { Located, LocatedData } from './report-data.js';
import { plainAward } from './award-fast-path.js';
import { suggest } from './suggest.js';
import { typeExample } from './type-examples.js';
import { issueToDiagnostics } from './zod-issues.js';

/** Hand-written checks that give the schema's answer for a valid entry of a kind that comes by the thousand. */
const FAST_PATHS: Partial<Record<DataKind, (item: unknown) => unknown>> = { awards: plainAward };

const REPORT_KEYS = Object.keys(ReportSchema.shape);

/**
 * Runs the zod schemas over every file: report.yaml's own keys, and each data
 * kind's list item by item, so one bad entry does not hide the others.
 */
export function checkShapes(report: SourceFile | undefined, dataFiles: readonly SourceFile[]) {
  const diagnostics: Diagnostic[] = [];
  const data = Object.fromEntries(DATA_KIND_NAMES.map((k) => [k, [] as Located<unknown>[]])) as unknown as Record<DataKind, Located<unknown>[]>;
  let parsedReport: Located<Report> | undefined;
  let rawReport: Record<string, unknown> | undefined;

  const topLevel = (file: SourceFile): Record<string, unknown> | undefined => {
    const value = file.value;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    diagnostics.push(diagnostic('error', 'TOP_LEVEL_NOT_MAP', { got: Array.isArray(value) ? 'a list' : 'a text' }, locate(file, [])));
    return undefined;
  };

  const collectKinds = (file: SourceFile, map: Record<string, unknown>, allowedOthers: readonly string[]) => {
    for (const [key, value] of Object.entries(map)) {
      if (isDataKind(key)) collectKind(file, key, value, data[key], diagnostics);
      else if (!allowedOthers.includes(key)) {
        const allowed = [...DATA_KIND_NAMES, ...allowedOthers];
        const suggestion = suggest(key, allowed);
        const args: Record<string, string> = { key, allowed: allowed.join(', ') };
        if (suggestion) args.suggestion = suggestion;
        diagnostics.push(diagnostic('error', 'UNKNOWN_KEY', args, locate(file, [key], { key: true })));
      }
    }
  };

  if (report) {
    const map = topLevel(report);
    if (map) {
      rawReport = map;
      const own = Object.fromEntries(Object.entries(map).filter(([k]) => !isDataKind(k) && REPORT_KEYS.includes(k)));
      const result = ReportSchema.safeParse(own);
      if (result.success) parsedReport = { value: result.data, file: report, path: [] };
      else for (const issue of result.error.issues) diagnostics.push(...issueToDiagnostics(issue, ReportSchema, report, [], own));
      collectKinds(report, map, REPORT_KEYS);
    }
  }
  for (const file of dataFiles) {
    const map = topLevel(file);
    if (map) collectKinds(file, map, []);
  }
  return { report: parsedReport, rawReport, data: data as unknown as LocatedData, diagnostics, declared: declaredIds(rawReport, dataFiles) };
}

/**
 * Ids as written, valid entries or not, so that one broken unit does not also
 * make every reference to it an error.
 */
function declaredIds(rawReport: Record<string, unknown> | undefined, dataFiles: readonly SourceFile[]) {
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((item) => (item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : []);
  const lists = (key: string) => [rawReport, ...dataFiles.map((f) => f.value as Record<string, unknown> | null)].flatMap((map) => (map && typeof map === 'object' ? ids(map[key]) : []));
  const movement = rawReport?.movement as { contents?: unknown } | undefined;
  return { units: new Set(lists('units')), forms: new Set(lists('award_forms')), contents: rawReport ? new Set(ids(movement?.contents)) : undefined };
}

function collectKind(file: SourceFile, kind: DataKind, value: unknown, into: Located<unknown>[], diagnostics: Diagnostic[]) {
  if (value === null || value === undefined) return; // `awards:` with nothing under it yet
  if (!Array.isArray(value)) {
    diagnostics.push(diagnostic('error', 'WRONG_TYPE', { field: kind, expected: 'array', got: typeof value === 'object' ? 'object' : typeof value, example: typeExample(kind, 'array') }, locate(file, [kind])));
    return;
  }
  const schema: z.ZodType = DATA_KINDS[kind];
  const fastPath = FAST_PATHS[kind];
  value.forEach((item, index) => {
    const plain = fastPath?.(item);
    if (plain !== undefined) {
      into.push({ value: plain, file, path: [kind, index] });
      return;
    }
    const result = schema.safeParse(item);
    if (result.success) into.push({ value: result.data, file, path: [kind, index] });
    else for (const issue of result.error.issues) diagnostics.push(...issueToDiagnostics(issue, schema, file, [kind, index], item));
  });
}
