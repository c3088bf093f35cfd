import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Located, LocatedData } from '../report-data.js';
import { suggest } from '../suggest.js';
import { placeOf } from './place-of.js';
import { locate } from '../../load/locate.js';
import type { SourceFile } from '../../load/source-file.js';
import type { Report } from '../../schema/report.js';

export interface KnownIds {
  readonly units: ReadonlySet<string>;
  /** Absent when report.yaml could not be read: contents cannot be checked then. */
  readonly contents?: ReadonlySet<string>;
  readonly forms: ReadonlySet<string>;
}

/** Prose keyed by content or unit id (`narrative.contents`, `narrative.units`) names something declared. */
export function checkProseKeys(report: SourceFile, narrative: Report['narrative'], known: KnownIds): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (key: 'contents' | 'units', kind: string, ids: ReadonlySet<string> | undefined) => {
    if (!ids) return;
    for (const id of Object.keys(narrative?.[key] ?? {})) {
      if (ids.has(id)) continue;
      const suggestion = suggest(id, ids);
      diagnostics.push(diagnostic('error', 'UNKNOWN_REF', { id, kind, ...(suggestion ? { suggestion } : {}) }, locate(report, ['narrative', key, id], { key: true })));
    }
  };
  check('contents', 'content', known.contents);
  check('units', 'unit', known.units);
  return diagnostics;
}

/** Every `unit`, `parent`, `content` and `form` names something declared. */
export function checkReferences(data: LocatedData, known: KnownIds): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const refer = (entries: readonly Located<object>[], field: string, kind: string, ids: ReadonlySet<string>) => {
    for (const entry of entries) {
      const id = (entry.value as Record<string, unknown>)[field];
      if (typeof id !== 'string' || ids.has(id)) continue;
      const suggestion = suggest(id, ids);
      const args: Record<string, string> = { id, kind };
      if (suggestion) args.suggestion = suggestion;
      diagnostics.push(diagnostic('error', 'UNKNOWN_REF', args, placeOf(entry, field)));
    }
  };
  refer(data.units, 'parent', 'unit', known.units);
  refer(data.models, 'unit', 'unit', known.units);
  if (known.contents) refer(data.models, 'content', 'content', known.contents);
  refer(data.figures, 'unit', 'unit', known.units);
  if (known.contents) refer(data.figures, 'content', 'content', known.contents);
  refer(data.model_counts, 'unit', 'unit', known.units);
  if (known.contents) refer(data.model_counts, 'content', 'content', known.contents);
  if (known.contents) refer(data.indicators, 'content', 'content', known.contents);
  if (known.contents) refer(data.ocop, 'content', 'content', known.contents);
  refer(data.awards, 'unit', 'unit', known.units);
  refer(data.awards, 'form', 'form', known.forms);
  refer(data.award_counts, 'form', 'form', known.forms);
  return diagnostics;
}
