import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface PendingFile {
  readonly path: string;
  readonly bytes: Uint8Array | (() => Promise<Uint8Array>);
}

/**
 * Writes every file beside its target under a temporary name, and renames them
 * into place only once all are written: a reader sees the old set or the new one,
 * never half of a file, and a failure anywhere leaves the earlier outputs as they
 * were and no temporary file behind.
 */
export async function writeAllAtomically(files: readonly PendingFile[]): Promise<void> {
  const temporaries: { temporary: string; target: string }[] = [];
  await Promise.all(files.map((file) => removeLeftovers(file.path)));
  try {
    for (const file of files) {
      makeFolderSync(dirname(file.path));
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`);
      temporaries.push({ temporary, target: file.path });
      const content = typeof file.bytes === 'function' ? await file.bytes() : file.bytes;
      await writeFile(temporary, content);
    }
    // A target that cannot be replaced (a folder in its place) fails the whole set before any rename.
    for (const { target } of temporaries) {
      const existing = await stat(target).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR', path: target });
    }
    for (const { temporary, target } of temporaries) await rename(temporary, target);
  } catch (error) {
    await Promise.all(temporaries.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
}

/**
 * `mkdir -p` one level at a time: Node's recursive mkdir spins on pseudo file systems
 * (`/proc/…`); creating each missing level fails at once there (ENOENT, EACCES, ENOTDIR).
 */
export function makeFolderSync(path: string): void {
  const missing: string[] = [];
  let folder = resolve(path);
  for (;;) {
    const info = statSync(folder, { throwIfNoEntry: false });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR', path: folder });
      break;
    }
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw Object.assign(error as Error, { path: level });
    }
  }
}

/** Temporaries a killed run left beside a target (`.name.docx.1a2b3c4d.tmp`): the next run into that folder removes them. */
async function removeLeftovers(target: string): Promise<void> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && /\.[0-9a-f]{8}\.tmp$/.test(n)).map((n) => rm(join(folder, n), { force: true })));
}

export const writeAtomically = (path: string, bytes: PendingFile['bytes']) => writeAllAtomically([{ path, bytes }]);
