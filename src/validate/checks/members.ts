import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LoadedMember } from '../../load/load-folder.js';
import type { SourceFile } from '../../load/source-file.js';
import { relative } from 'node:path';

/**
 * Every member is a declared unit (an error at its `members:` entry and in its own folder),
 * and a member that sent nothing is named (its sums then hold only what the others sent).
 */
export function checkMembers(members: readonly LoadedMember[], units: ReadonlySet<string>, report: SourceFile | undefined): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (list: readonly LoadedMember[]) => {
    for (const m of list) {
      const dir = relative(process.cwd(), m.dir) || m.dir;
      if (!units.has(m.unit)) {
        const inFolder = m.report?.display ?? m.files[0]?.display;
        found.push(diagnostic('error', 'MEMBER_UNDECLARED', { unit: m.unit, also: '' }, m.where));
        if (inFolder) found.push(diagnostic('error', 'MEMBER_UNDECLARED', { unit: m.unit, also: report ? ` (${report.display})` : '' }, { file: inFolder, line: 1, column: 1 }));
      }
      if (m.missing) found.push(diagnostic('warning', 'MEMBER_MISSING', { unit: m.unit, dir }, m.where));
      walk(m.members);
    }
  };
  walk(members);
  return found;
}
