import { relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** A file system refusal while writing an output, as a diagnostic (exit 3). */
export function writeFailure(target: string, error: unknown): Diagnostic {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return diagnostic('error', 'OUTPUT_NOT_WRITABLE', { target: relative(process.cwd(), target) || target, reason });
}
