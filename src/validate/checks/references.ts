import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Located, LocatedData } from '../report-data.js';
import { suggest } from '../suggest.js';
import { placeOf } from './place-of.js';

export interface KnownIds {
  readonly units: ReadonlySet<string>;
  /** Absent when report.yaml could not be read: contents cannot be checked then. */
  readonly contents?: ReadonlySet<string>;
  readonly forms: ReadonlySet<string>;
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
  refer(data.awards, 'unit', 'unit', known.units);
  refer(data.awards, 'form', 'form', known.forms);
  refer(data.award_counts, 'form', 'form', known.forms);
  return diagnostics;
}
