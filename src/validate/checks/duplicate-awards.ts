import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Award } from '../../schema/award.js';
import type { Located } from '../report-data.js';
import { placeOf, showPlace } from './place-of.js';

/**
 * The same form, kind, name and decision twice is a row pasted twice: it would be counted
 * twice. Two people of the same name in different units are two people, not a duplicate.
 */
export function checkDuplicateAwards(awards: readonly Located<Award>[]): Diagnostic[] {
  const seen = new Map<string, Located<Award>>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of awards) {
    const a = entry.value;
    const lower = a.name.toLowerCase();
    // Spacing folded only where there is any to fold: most names are typed clean.
    const name = /\s\s|[^\S ]|^\s|\s$/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
    const key = `${a.form}\u0000${a.recipient}\u0000${name}\u0000${a.decision ?? ''}\u0000${a.status}\u0000${a.unit ?? ''}`;
    const earlier = seen.get(key);
    if (earlier) diagnostics.push(diagnostic('warning', 'DUPLICATE_AWARD', { name: a.name, other: showPlace(placeOf(earlier)) }, placeOf(entry, 'name')));
    else seen.set(key, entry);
  }
  return diagnostics;
}
