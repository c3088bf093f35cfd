import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target under a temporary name, then renames: a reader
 * sees the old file or the new one, never half of one. Failure removes the temporary file.
 */
export async function writeAtomically(target: string, bytes: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const content = typeof bytes === 'function' ? await bytes() : bytes;
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
