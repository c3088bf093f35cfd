import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, tempDir } from './helpers.js';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;

describe('report build --pdf', () => {
  it('without LibreOffice: says how to install it, exits 3, and the DOCX is still written', () => {
    const out = tempDir();
    const result = report(['build', 'examples/tra-vinh-tong-ket-2022', '-o', out, '--pdf'], { env: { REPORT_SOFFICE: '/khong-co/soffice' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('apt-get install libreoffice-writer-nogui');
    expect(readdirSync(out)).toContain('tra-vinh-tong-ket-2022.docx');
    expect(readdirSync(out).some((f) => f.endsWith('.pdf'))).toBe(false);
  });

  it.skipIf(!hasSoffice)('with LibreOffice: a PDF beside the DOCX, with the report text in it', () => {
    const out = tempDir();
    const result = report(['build', 'examples/tra-vinh-tong-ket-2022', '-o', out, '--pdf', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const pdf = join(out, 'tra-vinh-tong-ket-2022.pdf');
    expect(JSON.parse(result.stdout).outputs.some((o: string) => o.endsWith('tra-vinh-tong-ket-2022.pdf'))).toBe(true);
    expect(existsSync(pdf)).toBe(true);
    const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0;
    if (hasPdftotext) expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('BÁO CÁO');
  }, 180_000);
});
