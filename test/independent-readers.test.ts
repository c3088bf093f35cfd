import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, tempDir } from './helpers.js';

/** Debian's python3-docx and python3-openpyxl, when installed (.ci/run installs them). */
const PYTHON = '/usr/bin/python3';
const hasReaders = spawnSync(PYTHON, ['-c', 'import docx, openpyxl'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasReaders)('outputs open in independent readers (python-docx, openpyxl)', () => {
  it('the DOCX and the workbooks of an example', () => {
    const out = tempDir();
    expect(report(['build', 'examples/tra-vinh-tong-ket-2022', '-o', out]).code).toBe(0);
    expect(report(['export', 'awards', 'examples/tra-vinh-so-ket-2023', '-o', join(out, 'kt.xlsx')]).code).toBe(0);
    const script = `
import docx, openpyxl, sys, json
d = docx.Document(sys.argv[1])
s = d.sections[0]
w = openpyxl.load_workbook(sys.argv[2])
ws = w['Danh sách']
print(json.dumps({
  'page': [s.page_width, s.page_height, s.left_margin, s.right_margin],
  'text': '\\n'.join(p.text for p in d.paragraphs),
  'tables': len(d.tables),
  'sheets': w.sheetnames,
  'title': ws['A2'].value,
  'print_titles': ws.print_title_rows,
  'freeze': ws.freeze_panes,
}))`;
    const run = spawnSync(PYTHON, ['-c', script, join(out, 'tra-vinh-tong-ket-2022.docx'), join(out, 'kt.xlsx')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout);
    expect(seen.page).toEqual([11906 * 635, 16838 * 635, 1985 * 635, 1134 * 635]); // EMU
    expect(seen.text).toContain('Bằng khen của Thủ tướng Chính phủ cho 03 tập thể, 81 cá nhân');
    expect(seen.tables).toBeGreaterThanOrEqual(2); // header block and foot; eight award forms read as a sentence, not a table
    expect(seen.sheets).toEqual(['Danh sách', 'Tổng hợp']);
    expect(seen.title).toBe('DANH SÁCH KHEN THƯỞNG');
    expect(seen.print_titles).toBe('$5:$5'); // the table's header row repeats; the title prints once
    expect(seen.freeze).toBe('A6');
  });
});
