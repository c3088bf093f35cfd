import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Located, LocatedData } from '../report-data.js';
import { placeOf, showPlace } from './place-of.js';

const KIND_WORD = { units: 'unit', models: 'model', figures: 'figure', award_forms: 'form' } as const;

/** An id names one entity of its kind: a second one with the same id is an error. */
export function checkDuplicateIds(data: LocatedData, contents: readonly Located<{ id: string }>[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (entries: readonly Located<{ id: string }>[], kind: string) => {
    const first = new Map<string, Located<unknown>>();
    for (const entry of entries) {
      const earlier = first.get(entry.value.id);
      // A member's folder may declare a unit the report declares too: the same unit, if by the same name.
      if (earlier && kind === 'unit' && (earlier.value as { name?: string }).name === (entry.value as { name?: string }).name) continue;
      if (earlier) diagnostics.push(diagnostic('error', 'DUPLICATE_ID', { id: entry.value.id, kind, other: showPlace(placeOf(earlier, 'id')) }, placeOf(entry, 'id')));
      else first.set(entry.value.id, entry);
    }
  };
  for (const [key, kind] of Object.entries(KIND_WORD)) check(data[key as keyof typeof KIND_WORD], kind);
  check(contents, 'content');
  return diagnostics;
}
