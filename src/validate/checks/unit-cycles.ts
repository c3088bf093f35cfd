import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Unit } from '../../schema/unit.js';
import type { Located } from '../report-data.js';
import { placeOf } from './place-of.js';

/** Following `parent` from any unit must end, not come back to where it started. */
export function checkUnitCycles(units: readonly Located<Unit>[]): Diagnostic[] {
  const byId = new Map(units.map((u) => [u.value.id, u]));
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const start of units) {
    const chain: string[] = [];
    let current: Located<Unit> | undefined = start;
    while (current && !chain.includes(current.value.id)) {
      chain.push(current.value.id);
      current = current.value.parent ? byId.get(current.value.parent) : undefined;
    }
    if (!current) continue;
    const cycle = chain.slice(chain.indexOf(current.value.id));
    const key = [...cycle].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    const first = byId.get(cycle[0])!;
    diagnostics.push(diagnostic('error', 'UNIT_CYCLE', { cycle: [...cycle, cycle[0]].join(' → ') }, placeOf(first, 'parent')));
  }
  return diagnostics;
}
