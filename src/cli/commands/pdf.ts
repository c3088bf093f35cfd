import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** DOCX → PDF beside it through `soffice --headless`, when LibreOffice is installed. */
export async function convertToPdf(docx: string): Promise<{ ok: true; path: string } | { ok: false }> {
  const profile = mkdtempSync(join(tmpdir(), 'report-soffice-'));
  try {
    const result = spawnSync(
      process.env.REPORT_SOFFICE ?? 'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dirname(docx), docx],
      { stdio: 'ignore', timeout: 120_000 },
    );
    if (result.error || result.status !== 0) return { ok: false };
    return { ok: true, path: join(dirname(docx), basename(docx).replace(/\.docx$/, '.pdf')) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
