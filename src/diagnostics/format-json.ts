import type { Diagnostic } from './diagnostic.js';
import type { Lang } from './lang.js';
import { hintOf, messageOf } from './messages.js';

/** The diagnostics as plain data for `--json`, messages in the chosen language. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[], lang: Lang) {
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    ...(d.cell ? { sheet: d.sheet ?? null, cell: d.cell } : {}),
    message: messageOf(d, lang),
    hint: hintOf(d, lang) ?? null,
  }));
}

export function countSeverities(diagnostics: readonly Diagnostic[]) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.filter((d) => d.severity === 'warning').length };
}
