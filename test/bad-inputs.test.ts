import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, report, tempDir } from './helpers.js';

/**
 * Every folder of test/bad-inputs/ (written by build-corpus.mjs) goes through the built
 * CLI as a user would run it: the expected exit code and diagnostic at its place, no
 * stack trace, and the output folder exactly as it was before.
 */
const CORPUS = join(ROOT, 'test', 'bad-inputs');
const cases = readdirSync(CORPUS).filter((f) => statSync(join(CORPUS, f)).isDirectory()).sort();

interface Expected {
  code: string;
  exit: number;
  file?: string;
  line?: number;
  column?: number;
  outputBlocked?: boolean;
}

describe('bad-input corpus', () => {
  it('holds at least 60 cases', () => expect(cases.length).toBeGreaterThanOrEqual(60));

  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
      const work = tempDir();
      const dir = join(work, name);
      cpSync(join(CORPUS, name), dir, { recursive: true });
      // An output folder that already holds a report from an earlier run.
      const out = join(work, 'out');
      mkdirSync(out);
      writeFileSync(join(out, `${name}.docx`), 'bản cũ');
      let target = out;
      if (expected.outputBlocked) {
        writeFileSync(join(work, 'la-tep'), 'một tệp, không phải thư mục');
        target = join(work, 'la-tep', 'out');
      }
      const result = report(['build', name, '-o', target], { cwd: work });
      expect(result.code, result.stderr).toBe(expected.exit);
      expect(result.stderr).toContain(`[${expected.code}]`);
      if (expected.file) {
        const where = expected.line ? `${expected.file}:${expected.line}:${expected.column}` : `${expected.file}:`;
        expect(result.stderr).toContain(`${name}/${where}`.replace(`${name}/${name}`, name));
      }
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(readdirSync(out)).toEqual([`${name}.docx`]);
      expect(readFileSync(join(out, `${name}.docx`), 'utf8')).toBe('bản cũ');
    });
  }
});
