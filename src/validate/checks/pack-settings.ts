import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import type { SourceFile } from '../../load/source-file.js';
import { ISSUER, type Pack } from '../../schema/pack.js';
import { suggest } from '../suggest.js';

/**
 * `pack:` names forms and bodies that exist, and a body other than the issuer says
 * enough to head a quyết định (name, abbreviation, signer).
 */
export function checkPackSettings(report: SourceFile, pack: Pack | undefined, forms: ReadonlySet<string>): Diagnostic[] {
  if (!pack) return [];
  const diagnostics: Diagnostic[] = [];
  const unknown = (id: string, kind: string, ids: Iterable<string>, path: (string | number)[]) => {
    const suggestion = suggest(id, ids);
    diagnostics.push(diagnostic('error', 'UNKNOWN_REF', { id, kind, ...(suggestion ? { suggestion } : {}) }, locate(report, ['pack', ...path])));
  };
  const bodies = new Set([ISSUER, ...(pack.authorities ?? []).map((a) => a.id)]);
  (pack.authorities ?? []).forEach((a, i) => {
    if (a.id === ISSUER) return;
    const missing = [!a.name && 'name', !a.abbreviation && 'abbreviation', !a.signer && 'signer'].filter(Boolean);
    if (missing.length) diagnostics.push(diagnostic('error', 'PACK_AUTHORITY_INCOMPLETE', { id: a.id, missing: missing.join(', ') }, locate(report, ['pack', 'authorities', i, 'id'])));
  });
  (pack.decisions ?? []).forEach((d, i) => {
    if (!forms.has(d.form)) unknown(d.form, 'form', forms, ['decisions', i, 'form']);
    if (d.authority !== undefined && !bodies.has(d.authority)) unknown(d.authority, 'authority', bodies, ['decisions', i, 'authority']);
  });
  (pack.certificates ?? []).forEach((form, i) => {
    if (!forms.has(form)) unknown(form, 'form', forms, ['certificates', i]);
  });
  return diagnostics;
}
