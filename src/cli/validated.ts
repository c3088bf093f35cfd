import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportData } from '../schema/report-data.js';
import { validateReportFolder, type Validation } from '../validate/validate-folder.js';
import { EXIT } from './exit-codes.js';
import type { Output } from './output.js';

export interface Validated {
  readonly data: ReportData;
  readonly validation: Validation;
  /** Reports a failure found after validation; returns the exit code to use. */
  readonly fail: (code: number, diagnostics: readonly Diagnostic[]) => number;
}

/**
 * The first step of every command that writes: validate the folder; on any error,
 * print the diagnostics (or the JSON result) and give the exit code, having written nothing.
 */
export async function validateForOutput(dir: string, out: Output): Promise<Validated | { exit: number }> {
  const validation = await validateReportFolder(dir);
  const fail = (code: number, diagnostics: readonly Diagnostic[]) => {
    out.diagnostics(diagnostics, validation.sources);
    out.jsonResult(false, diagnostics, { outputs: [] });
    return code;
  };
  if (!validation.data || hasErrors(validation.diagnostics)) return { exit: fail(validation.ioFailure ? EXIT.io : EXIT.dataErrors, validation.diagnostics) };
  return { data: validation.data, validation, fail };
}
