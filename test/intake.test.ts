import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memberWorkbook } from '../bench/member-workbook.mjs';
import { validateReportFolder } from '../src/validate/validate-folder.js';
import { ROOT, docxText, report, tempDir } from './helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'cum-thi-dua-ctxh-tong-hop-2023');

/** The roll-up example copied, with one member's list replaced by `rows`. */
async function folderWith(rows: { name: string; position?: string; form: string }[], section?: string) {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  await memberWorkbook(join(dir, 'don-vi', 'hoi-ccb', 'de-nghi-khen-thuong.xlsx'), { unit: 'Hội Cựu chiến binh tỉnh', rows, section });
  return dir;
}

const codesAt = async (dir: string) => (await validateReportFolder(dir)).diagnostics.map((d) => `${d.code} ${d.cell ?? d.line}`);

describe('workbooks as the units send them', () => {
  it('reads a list in a unit’s own shape: header block, merged title, section rows, printed names, Ông / Bà', async () => {
    const dir = await folderWith([
      { name: 'Ông Trần Văn Hùng', position: 'Chủ tịch Hội CCB huyện Đồng Xuân, Hội Cựu chiến binh tỉnh', form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
      { name: 'Bà Lê Thị Mai', position: 'Phó Chủ tịch', form: 'bang-khen-tinh' },
    ], 'II. CÁ NHÂN');
    const { data, diagnostics } = await validateReportFolder(dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const people = data!.awards.filter((a) => a.recipient === 'ca-nhan');
    expect(people.map((a) => [a.name, a.gender, a.form, a.unit, a.status, a.position])).toEqual([
      ['Trần Văn Hùng', 'nam', 'bang-khen-tinh', 'hoi-ccb', 'proposed', 'Chủ tịch Hội CCB huyện Đồng Xuân'],
      ['Lê Thị Mai', 'nu', 'bang-khen-tinh', 'hoi-ccb', 'proposed', 'Phó Chủ tịch'],
    ]);
  });

  it('names the cell of an unknown form with the printed name to type, and of an impossible date with the day it can be', async () => {
    const dir = await folderWith([{ name: 'Hội CCB huyện Tuy An', form: 'Bằng khen Chủ tịch UBND tỉn' }]);
    const result = await validateReportFolder(dir);
    const unknown = result.diagnostics.find((d) => d.code === 'UNKNOWN_REF')!;
    expect(unknown).toMatchObject({ file: expect.stringContaining('hoi-ccb/de-nghi-khen-thuong.xlsx'), sheet: 'Danh sách', cell: 'D9' });
    expect(unknown.args.suggestion).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(result.data).toBeUndefined();

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khen thưởng');
    ws.addRow(['Họ và tên', 'Đối tượng', 'Hình thức', 'Ngày quyết định', 'Đơn vị']);
    ws.addRow(['Hội Nông dân tỉnh', 'Tập thể', 'Giấy khen', '31/02/2024', 'Hội Nông dân tỉn']);
    await wb.xlsx.writeFile(join(dir, 'don-vi', 'hoi-ccb', 'de-nghi-khen-thuong.xlsx'));
    const found = (await validateReportFolder(dir)).diagnostics;
    expect(found.find((d) => d.code === 'IMPOSSIBLE_CELL_DATE')).toMatchObject({ cell: 'D2', args: { suggestion: '29/2/2024' } });
    expect(found.find((d) => d.code === 'UNKNOWN_REF')).toMatchObject({ cell: 'E2', args: { suggestion: 'Hội Nông dân tỉnh' } });
  });

  it('a Tổng cộng that disagrees with the rows is a warning at its cell', async () => {
    const dir = await folderWith([{ name: 'A', form: 'Giấy khen' }]);
    const path = join(dir, 'don-vi', 'hoi-ccb', 'de-nghi-khen-thuong.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.worksheets[0].getCell('B10').value = 'Tổng cộng: 05 tập thể, cá nhân';
    await wb.xlsx.writeFile(path);
    expect(await codesAt(dir)).toContain('TABLE_TOTAL_DIFFERS B10');
  });

  it('.xls, a truncated, a password-protected workbook, a sheet without header and a formula without its value are errors; nothing is written', async () => {
    const dir = await folderWith([{ name: 'A', form: 'Giấy khen' }]);
    const member = join(dir, 'don-vi', 'hoi-ccb');
    const out = join(dir, 'out');
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const before = readFileSync(join(out, `${dir.split('/').pop()}.docx`));
    const list = join(member, 'de-nghi-khen-thuong.xlsx');
    const good = readFileSync(list);

    writeFileSync(list, good.subarray(0, 300));
    expect(await codesAt(dir)).toContain('WORKBOOK_UNREADABLE 1');
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(60), Buffer.from('EncryptionInfo', 'utf16le')]);
    writeFileSync(list, cfb);
    expect(await codesAt(dir)).toContain('WORKBOOK_ENCRYPTED 1');
    writeFileSync(join(member, 'report.yaml'), 'data: ["cu.xls"]\n');
    writeFileSync(join(member, 'cu.xls'), cfb.subarray(0, 64));
    expect(await codesAt(dir)).toContain('XLS_FILE 1');

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Khen thưởng').addRow(['Không có', 'tiêu đề']);
    const f = new ExcelJS.Workbook();
    const fs = f.addWorksheet('Khen thưởng');
    fs.addRow(['Họ và tên', 'Hình thức', 'Đối tượng']);
    fs.addRow([{ formula: 'CONCAT("A","B")' }, 'Giấy khen', 'Tập thể']);
    writeFileSync(join(member, 'report.yaml'), 'data: ["a.xlsx", "b.xlsx"]\n');
    await wb.xlsx.writeFile(join(member, 'a.xlsx'));
    await f.xlsx.writeFile(join(member, 'b.xlsx'));
    const codes = await codesAt(dir);
    expect(codes).toContain('TABLE_NO_HEADER A1');
    expect(codes).toContain('FORMULA_NO_CACHED_VALUE A2');
    const build = report(['build', dir, '-o', out]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('b.xlsx [Khen thưởng] A2');
    expect(readFileSync(join(out, `${dir.split('/').pop()}.docx`))).toEqual(before);
  });

  it('CSV with ; and a BOM: a problem is at its line and column', async () => {
    const dir = await folderWith([{ name: 'A', form: 'Giấy khen' }]);
    writeFileSync(join(dir, 'don-vi', 'ldld-tinh', 'de-nghi-khen-thuong.csv'), '\uFEFFSTT;Tên tập thể;Đối tượng;Hình thức khen thưởng\n1;Liên đoàn Lao động tỉnh;Tập thể;Bằng khen tỉnh Phú\n');
    const d = (await validateReportFolder(dir)).diagnostics.find((x) => x.code === 'UNKNOWN_REF')!;
    expect(d).toMatchObject({ line: 2, column: 35 });
    expect(d.cell).toBeUndefined();
  });
});

describe('roll-up of members', () => {
  it('the example builds from its members as the hand-typed report does, and names the member that sent nothing', () => {
    const out = tempDir();
    const rolled = report(['build', EXAMPLE, '-o', out]);
    expect(rolled.code).toBe(0);
    expect(rolled.stderr).toContain('MEMBER_MISSING');
    const typed = tempDir();
    expect(report(['build', join(ROOT, 'examples', 'cum-thi-dua-ctxh-tong-ket-2023'), '-o', typed]).code).toBe(0);
    expect(docxText(join(out, 'cum-thi-dua-ctxh-tong-hop-2023.docx'))).toBe(docxText(join(typed, 'cum-thi-dua-ctxh-tong-ket-2023.docx')));
    const exported = join(out, 'awards.csv');
    expect(report(['export', 'awards', EXAMPLE, '-o', exported, '--format', 'csv']).code).toBe(0);
    expect(readFileSync(exported, 'utf8')).toContain('Liên đoàn Lao động tỉnh');
  });

  it('sums figures that add up, never %; keeps the report’s stated value; the annex has a live SUM and chưa báo cáo', async () => {
    const dir = await folderWith([{ name: 'A', form: 'Giấy khen' }]);
    writeFileSync(join(dir, 'don-vi', 'hoi-ccb', 'figures.yaml'), 'figures:\n  - { id: moi, label: "Hội viên mới", value: "1.200", measure: "người" }\n  - { id: tl, label: "Tỷ lệ", value: 80, measure: "%" }\n');
    writeFileSync(join(dir, 'don-vi', 'hoi-ccb', 'report.yaml'), 'data:\n  - { path: "de-nghi-khen-thuong.xlsx", kind: awards, status: proposed }\n  - figures.yaml\n');
    writeFileSync(join(dir, 'don-vi', 'ldld-tinh', 'figures.csv'), 'id,label,value,measure\nmoi,Hội viên mới,34,người\ntl,Tỷ lệ,"82,5",%\n');
    writeFileSync(join(dir, 'don-vi', 'ldld-tinh', 'report.yaml'), 'data:\n  - { path: "de-nghi-khen-thuong.csv", kind: awards, status: proposed }\n  - figures.csv\n');
    const { data } = await validateReportFolder(dir);
    expect(data!.figures.find((f) => f.id === 'moi')?.value).toMatchObject({ value: 1234 });
    expect(data!.figures.find((f) => f.id === 'tl')).toBeUndefined();
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `${dir.split('/').pop()}-phu-luc.xlsx`));
    const sheet = wb.getWorksheet('Các đơn vị')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const header = rows.find((r) => r[0] === 'STT')!;
    expect(header.slice(3)).toEqual(['Hội Nông dân tỉnh', 'Liên đoàn Lao động tỉnh', 'Hội Cựu chiến binh tỉnh', 'Tỉnh đoàn', 'Tổng cộng']);
    const moi = rows.find((r) => r[1] === 'Hội viên mới')!;
    expect(moi.slice(3, 7)).toEqual([undefined, 34, 1200, 'chưa báo cáo']);
    expect(moi[7]).toEqual({ formula: 'SUM(D6:G6)', result: 1234 });
    const tl = rows.find((r) => r[1] === 'Tỷ lệ')!;
    expect(tl[7]).toBeUndefined();
  });

  it('a member unit not declared is an error at the members: entry and in its folder; a model id clash names both places', async () => {
    const dir = await folderWith([{ name: 'A', form: 'Giấy khen' }]);
    mkdirSync(join(dir, 'don-vi', 'hoi-la'));
    writeFileSync(join(dir, 'don-vi', 'hoi-la', 'models.yaml'), 'models:\n  - { id: dan-van-kheo, name: "Dân vận khéo", type: mo-hinh }\n');
    writeFileSync(join(dir, 'report.yaml'), readFileSync(join(dir, 'report.yaml'), 'utf8') + '  - { unit: hoi-la, path: "don-vi/hoi-la" }\n');
    const d = (await validateReportFolder(dir)).diagnostics;
    const undeclared = d.filter((x) => x.code === 'MEMBER_UNDECLARED').map((x) => x.file!.split('/').slice(-1)[0]);
    expect(undeclared.sort()).toEqual(['models.yaml', 'report.yaml']);
    const clash = d.find((x) => x.code === 'DUPLICATE_ID' && x.args.id === 'dan-van-kheo');
    expect(clash?.args.other).toContain('models.yaml');
  });
});

describe('previous period, import, init --xlsx', () => {
  it('a change is computed against the previous report and worded against its period', () => {
    const root = tempDir();
    cpSync(join(ROOT, 'examples', 'cum-thi-dua-ctxh-tong-ket-2023'), join(root, '2023'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'cum-thi-dua-ctxh-tong-ket-2023'), join(root, '2024'), { recursive: true });
    const yaml = join(root, '2024', 'report.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('period: { from: 2023, to: 2023 }', 'period: { from: 2024, to: 2024 }\nprevious: "../2023"').replace('date: 2024-01-08', 'date: 2025-01-08'));
    const figures = join(root, '2024', 'figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('value: "1.269"', 'value: "1.400"'));
    expect(report(['build', join(root, '2024'), '-o', join(root, 'out')]).code).toBe(0);
    const text = docxText(join(root, 'out', '2024.docx'));
    expect(text).toContain('Hộ được vay vốn Quỹ: 1.400 hộ, tăng 10,32% so với năm 2023');
    expect(text).toContain('tăng 1,43% so với năm trước (bình quân)'); // stated changes stand
  });

  it('report import writes what was read, each entry with its source cell', () => {
    const result = report(['import', join(EXAMPLE, 'don-vi', 'hoi-nong-dan', 'de-nghi-khen-thuong.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/- \{ name: "Hội Nông dân tỉnh", form: co-thi-dua-tinh, achievement: ".*", recipient: tap-the, status: proposed \}\s+# .*de-nghi-khen-thuong\.xlsx \[Danh sách\] A9/);
  });

  it('report init --xlsx writes a workbook with drop-down lists that builds as it is', async () => {
    const dir = join(tempDir(), 'moi');
    expect(report(['init', '--xlsx', dir]).code).toBe(0);
    expect(existsSync(join(dir, 'du-lieu.xlsx'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'du-lieu.xlsx'));
    const awards = wb.getWorksheet('Khen thưởng')!;
    expect(awards.getCell('A5').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining("'Danh mục'!$A$2")] });
    expect(report(['build', dir]).code).toBe(0);
  });
});
