import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import type { SourceFile } from '../../load/source-file.js';

/**
 * A period runs forwards; a year compares with a date by its year. Checked on
 * the raw value so it is reported even when other report fields are wrong.
 */
export function checkPeriod(report: SourceFile, period: unknown): Diagnostic[] {
  const { from, to } = (period ?? {}) as { from?: unknown; to?: unknown };
  const bound = (value: unknown, end: boolean) =>
    typeof value === 'number' ? `${value}-${end ? '12-31' : '01-01'}` : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  const start = bound(from, false);
  const finish = bound(to, true);
  if (start === undefined || finish === undefined || start <= finish) return [];
  return [diagnostic('error', 'PERIOD_REVERSED', { from: String(from), to: String(to) }, locate(report, ['period', 'from']))];
}
