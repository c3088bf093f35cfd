/** Every problem found in user data, from any stage, is one of these. */
/** `info`: a note (a sheet not read), never a problem; counted apart. */
export type Severity = 'error' | 'warning' | 'info';

export interface Place {
  readonly file: string;
  readonly line: number; // 1-based
  readonly column: number; // 1-based
  /** In a workbook: the sheet and the cell (`C14`); line and column are then its row and column. */
  readonly sheet?: string;
  readonly cell?: string;
}

/** `file:line:col`, or in a workbook `file [Sheet] C14`: what a clerk looks for. */
export function showPlace(place: Partial<Place>): string {
  if (!place.file) return '';
  if (place.cell) return `${place.file} [${place.sheet}] ${place.cell}`;
  return place.line ? `${place.file}:${place.line}:${place.column}` : place.file;
}

export interface Diagnostic extends Partial<Place> {
  readonly severity: Severity;
  readonly code: string;
  /** Values the message templates interpolate (field names, ids, numbers). */
  readonly args: Readonly<Record<string, string | number>>;
}

export function diagnostic(
  severity: Severity,
  code: string,
  args: Record<string, string | number> = {},
  place?: Place,
): Diagnostic {
  return { severity, code, args, ...place };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.some((d) => d.severity === 'error');

/** Stable order: by file, then position, so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
