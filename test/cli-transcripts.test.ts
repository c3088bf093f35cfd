import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, report, tempDir } from './helpers.js';

/**
 * Golden transcripts of the built binary: test/cli/<name>.txt holds the command,
 * the exit code, stdout and stderr. `UPDATE_GOLDEN=1 npm test` rewrites them.
 * A first line `[cwd tmp]` runs the command in a fresh empty folder.
 */
const DIR = join(ROOT, 'test', 'cli');

interface Transcript {
  tmp: boolean;
  args: string[];
  exit: number;
  stdout: string;
  stderr: string;
}

function parse(text: string): Transcript {
  const tmp = text.startsWith('[cwd tmp]\n');
  const body = tmp ? text.slice('[cwd tmp]\n'.length) : text;
  const match = /^\$ report(.*)\n\[exit (\d+)\]\n\[stdout\]\n([\s\S]*?)\[stderr\]\n([\s\S]*)$/.exec(body);
  if (!match) throw new Error('malformed transcript');
  return { tmp, args: match[1].trim().split(/\s+/).filter(Boolean), exit: Number(match[2]), stdout: match[3], stderr: match[4] };
}

function format(t: Transcript): string {
  return `${t.tmp ? '[cwd tmp]\n' : ''}$ report ${t.args.join(' ')}\n[exit ${t.exit}]\n[stdout]\n${t.stdout}[stderr]\n${t.stderr}`;
}

describe('CLI transcripts', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(name, () => {
      const path = join(DIR, name);
      const expected = parse(readFileSync(path, 'utf8'));
      const cwd = expected.tmp ? tempDir() : ROOT;
      const actual = report(expected.args, { cwd });
      const got: Transcript = { ...expected, exit: actual.code, stdout: actual.stdout, stderr: actual.stderr };
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, format(got));
      else expect(format(got)).toBe(format(expected));
    });
  }
});
