import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, report, tempDir } from './helpers.js';

describe('report init', () => {
  it('writes a complete folder that validates, and refuses to run twice, changing nothing', () => {
    const dir = join(tempDir(), 'bao-cao');
    expect(report(['init', dir]).code).toBe(0);
    expect(report(['validate', dir]).code).toBe(0);
    const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f), 'utf8')]);
    const again = report(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không ghi đè');
    expect(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f), 'utf8')])).toEqual(before);
  });

  it('points VS Code at the schema it writes beside the data', () => {
    const dir = tempDir();
    report(['init', dir]);
    expect(readFileSync(join(dir, 'report.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=report\.schema\.json/);
    const schema = JSON.parse(readFileSync(join(dir, 'report.schema.json'), 'utf8'));
    expect(schema.properties.awards.items.properties.recipient.enum).toEqual(['tap-the', 'ca-nhan', 'ho-gia-dinh']);
    expect(schema.properties.kind.description).toContain('sơ kết');
  });
});

describe('report schema', () => {
  it('is the schema the examples point at (regenerate with `report schema -o examples/report.schema.json`)', () => {
    const result = report(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, 'examples', 'report.schema.json'), 'utf8'));
  });
});

describe('report validate', () => {
  it.each(EXAMPLES)('%s validates clean, with --json for CI', (name) => {
    const result = report(['validate', join('examples', name), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, errors: 0, warnings: 0, diagnostics: [] });
  });

  it('works from any working directory', () => {
    const result = report(['validate', join(ROOT, 'examples', EXAMPLES[0])], { cwd: tempDir() });
    expect(result.code).toBe(0);
  });

  it('REPORT_LANG=en gives English messages', () => {
    const result = report(['validate', 'test/fixtures/broken'], { env: { REPORT_LANG: 'en' } });
    expect(result.stderr).toContain('error  Rank 70 is greater than the total 63');
  });

  it('colour only when asked for, never with NO_COLOR', () => {
    expect(report(['validate', 'test/fixtures/broken'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stderr).toContain('\x1b[');
    expect(report(['validate', 'test/fixtures/broken'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toContain('\x1b[');
  });
});

describe('report templates', () => {
  it('lists the built-in templates', () => {
    const result = report(['templates', 'list', '--json']);
    expect(JSON.parse(result.stdout).templates.map((t: { name: string }) => t.name)).toEqual(['so-ket', 'tong-ket', 'ke-hoach']);
  });

  it('ejects a template that builds the same report as the built-in one, and refuses a non-empty folder', () => {
    const work = tempDir();
    const folder = join(work, 'bao-cao');
    cpSync(join(ROOT, 'examples', 'tra-vinh-tong-ket-2022'), folder, { recursive: true });
    rmSync(join(folder, 'out'), { recursive: true, force: true });
    const ejected = join(folder, 'mau');
    expect(report(['templates', 'eject', 'tong-ket', ejected]).code).toBe(0);
    expect(readdirSync(join(ejected, 'partials'))).toEqual(expect.arrayContaining(['awards.hbs', 'ocop.hbs', 'opening.hbs']));
    expect(report(['templates', 'eject', 'tong-ket', ejected]).code).toBe(2);

    const builtIn = join(work, 'a');
    const own = join(work, 'b');
    expect(report(['build', folder, '-o', builtIn]).code).toBe(0);
    writeFileSync(join(folder, 'report.yaml'), readFileSync(join(folder, 'report.yaml'), 'utf8') + 'template: mau\n');
    expect(report(['build', folder, '-o', own]).code).toBe(0);
    expect(readFileSync(join(own, 'bao-cao.docx')).equals(readFileSync(join(builtIn, 'bao-cao.docx')))).toBe(true);
  });
});

describe('workbook layouts from the report folder', () => {
  it('a changed column header in <template>/workbooks/award-list.yaml reaches the export', async () => {
    const work = tempDir();
    const folder = join(work, 'bao-cao');
    cpSync(join(ROOT, 'templates', 'starter'), folder, { recursive: true });
    mkdirSync(join(folder, 'mau', 'workbooks'), { recursive: true });
    const layout = readFileSync(join(ROOT, 'templates', 'workbooks', 'award-list.yaml'), 'utf8')
      .replace('header: "Chức vụ"', 'header: "Chức vụ, nghề nghiệp"')
      .replace('  - { header: "Thành tích"', '  - { header: "Ngày quyết định", field: decisionDay, width: 12, format: "dd/mm/yyyy" }\n  - { header: "Thành tích"');
    writeFileSync(join(folder, 'mau', 'workbooks', 'award-list.yaml'), layout);
    writeFileSync(join(folder, 'report.yaml'), readFileSync(join(folder, 'report.yaml'), 'utf8') + 'template: mau\n');
    const file = join(work, 'kt.xlsx');
    expect(report(['export', 'awards', folder, '-o', file]).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Danh sách')!;
    expect(sheet.getCell('C5').value).toBe('Chức vụ, nghề nghiệp');
    expect(sheet.getCell('G5').value).toBe('Ngày quyết định');
    const rows = [8, 10].map((r) => sheet.getCell(`G${r}`)); // the starter's two awards, below their group rows
    expect(rows.map((c) => c.type)).toEqual([ExcelJS.ValueType.Date, ExcelJS.ValueType.Date]);
    expect(rows[0].value).toEqual(new Date('2024-12-15T00:00:00Z'));
    expect(rows[0].numFmt).toBe('dd/mm/yyyy');
  });
});

describe('many report folders in one run', () => {
  it('builds each into its own out/, one line per folder, the worst exit code, --json an array', () => {
    const work = tempDir();
    for (const name of ['don-vi-a', 'don-vi-b']) cpSync(join(ROOT, 'examples', 'tra-vinh-tong-ket-2022'), join(work, name), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'broken'), join(work, 'don-vi-loi'), { recursive: true });
    const all = report(['build', 'don-vi-*'], { cwd: work });
    expect(all.code).toBe(1);
    expect(all.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^✔ don-vi-a: đã ghi 2 tệp/), expect.stringMatching(/^✔ don-vi-b: đã ghi 2 tệp/), expect.stringMatching(/^✖ don-vi-loi: mã thoát 1, 6 lỗi/)]);
    expect(readdirSync(join(work, 'don-vi-a', 'out')).sort()).toEqual(['don-vi-a-phu-luc.xlsx', 'don-vi-a.docx']);
    expect(existsSync(join(work, 'don-vi-loi', 'out'))).toBe(false);
    const json = report(['build', 'don-vi-a', 'don-vi-b', '--json'], { cwd: work });
    expect(json.code).toBe(0);
    const results = JSON.parse(json.stdout);
    expect(results.map((r: { dir: string; exit: number }) => [r.dir, r.exit])).toEqual([['don-vi-a', 0], ['don-vi-b', 0]]);
  });
});
