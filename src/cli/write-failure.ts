import { relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A file system refusal while writing an output, as a diagnostic (exit 3) that names
 * the path and says in plain words what stood in the way (`reason` is the errno code,
 * which the message catalogue turns into words).
 */
export function writeFailure(target: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const where = (error as NodeJS.ErrnoException).path ?? target;
  return diagnostic('error', 'OUTPUT_NOT_WRITABLE', { target: relative(process.cwd(), where) || where, reason: code ?? (error as Error).message });
}

/** True for an error the file system raised (as opposed to a bug). */
export const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
