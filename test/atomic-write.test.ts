import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomically } from '../src/write/atomic-write.js';
import { report, reportFolder, tempDir } from './helpers.js';

describe('atomic writes', () => {
  it('a producer failing midway leaves the earlier files and no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), 'cũ A');
    writeFileSync(join(dir, 'b.xlsx'), 'cũ B');
    const failing = writeAllAtomically([
      { path: join(dir, 'a.docx'), bytes: Buffer.from('mới A') },
      { path: join(dir, 'b.xlsx'), bytes: async () => { throw new Error('hỏng giữa chừng'); } },
    ]);
    await expect(failing).rejects.toThrow('hỏng giữa chừng');
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.xlsx']);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('cũ A');
    expect(readFileSync(join(dir, 'b.xlsx'), 'utf8')).toBe('cũ B');
  });

  it('a rename that fails removes the temporary files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'la-thu-muc.docx', 'ben-trong'), { recursive: true });
    await expect(writeAllAtomically([{ path: join(dir, 'la-thu-muc.docx'), bytes: Buffer.from('x') }])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['la-thu-muc.docx']);
  });

  it('report build: the annex cannot be written, so the DOCX stays the earlier one (exit 3)', () => {
    const folder = reportFolder();
    const out = tempDir();
    const name = folder.split('/').pop()!;
    writeFileSync(join(out, `${name}.docx`), 'bản cũ');
    mkdirSync(join(out, `${name}-phu-luc.xlsx`, 'chan'), { recursive: true }); // a folder where the annex should go
    const result = report(['build', folder, '-o', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('[OUTPUT_NOT_WRITABLE]');
    expect(readFileSync(join(out, `${name}.docx`), 'utf8')).toBe('bản cũ');
    expect(readdirSync(out).sort()).toEqual([`${name}-phu-luc.xlsx`, `${name}.docx`].sort());
  });
});
