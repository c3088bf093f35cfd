import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePeople } from '../src/format/sort-names.js';
import { report, reportFolder, tempDir, zipPart } from './helpers.js';

const AWARDS = `awards:
  - { form: bang-khen-ubmttq-tinh, recipient: ca-nhan, name: "Trần Thị Ánh", unit: hoi-lhpn, decision: "01/QĐ-MTTQ-BTT", decision_date: 2024-12-15 }
  - { form: bang-khen-ubmttq-tinh, recipient: ca-nhan, name: "Nguyễn Văn An", unit: hoi-lhpn }
  - { form: bang-khen-ubmttq-tinh, recipient: tap-the, name: "Hội Nông dân xã B", unit: hoi-nong-dan }
  - { form: bang-khen-ubmttq-tinh, recipient: tap-the, name: "Hội Nông dân xã A", unit: hoi-nong-dan }
  - { form: co-thi-dua-ubmttq-tinh, recipient: tap-the, name: "Hội Liên hiệp Phụ nữ tỉnh", unit: hoi-lhpn }
  - { form: bang-khen-thu-tuong, recipient: ho-gia-dinh, name: "Hộ ông Lê Văn Tư", unit: hoi-nong-dan }
  - { form: bang-khen-thu-tuong, recipient: ca-nhan, name: "=HYPERLINK(\\"http://x\\",\\"bấm\\")", unit: hoi-nong-dan, status: proposed }
`;

async function open(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const columnA = (sheet: ExcelJS.Worksheet) => {
  const out: string[] = [];
  sheet.eachRow((row) => out.push(String(row.getCell(2).value ?? row.getCell(1).value ?? '')));
  return out;
};

describe('Vietnamese name order', () => {
  it('people sort by given name, then middle, then family, letters before tones', () => {
    const people = ['Trần Thị Ánh', 'Nguyễn Văn An', 'Lê Văn Đức', 'Phạm Dũng', 'Võ Thị Bính', 'Đỗ Bình', 'Nguyễn Anh', 'Lê Thị Ân'];
    expect([...people].sort(comparePeople)).toEqual(['Nguyễn Văn An', 'Nguyễn Anh', 'Trần Thị Ánh', 'Lê Thị Ân', 'Đỗ Bình', 'Võ Thị Bính', 'Phạm Dũng', 'Lê Văn Đức']);
  });
});

describe('report export awards (XLSX)', () => {
  const dir = reportFolder({ 'awards.yaml': AWARDS });
  const out = tempDir();
  const path = join(out, 'khen-thuong.xlsx');

  it('writes the grouped list, the summary with live formulas, print settings', async () => {
    const result = report(['export', 'awards', dir, '-o', path, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, rows: 7 });
    const workbook = await open(path);
    const list = workbook.getWorksheet('Danh sách')!;
    expect(list.getCell('A2').value).toBe('DANH SÁCH KHEN THƯỞNG');
    expect(list.getCell('A5').value).toBe('STT');
    expect(list.getCell('B5').value).toBe('Họ và tên / Tên tập thể');
    const rows = columnA(list).slice(3);
    expect(rows).toEqual([
      'Họ và tên / Tên tập thể',
      'I. BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ',
      '1. Cá nhân',
      '=HYPERLINK("http://x","bấm")',
      '2. Hộ gia đình',
      'Hộ ông Lê Văn Tư',
      'II. CỜ THI ĐUA CỦA ỦY BAN MTTQ VIỆT NAM TỈNH',
      '1. Tập thể',
      'Hội Liên hiệp Phụ nữ tỉnh',
      'III. BẰNG KHEN CỦA ỦY BAN MTTQ VIỆT NAM TỈNH',
      '1. Tập thể',
      'Hội Nông dân xã A',
      'Hội Nông dân xã B',
      '2. Cá nhân',
      'Nguyễn Văn An',
      'Trần Thị Ánh',
    ]);
    // a name that looks like a formula stays a plain string
    expect(list.getCell('B8').type).toBe(ExcelJS.ValueType.String);
    expect(list.getCell('F20').value).toBe('01/QĐ-MTTQ-BTT ngày 15/12/2024');
    expect(list.getCell('A7').value).toBe('1. Cá nhân');
    const merges = (list as unknown as { _merges: Record<string, unknown> })._merges;
    expect(Object.keys(merges)).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A6', 'A7']));
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(list.autoFilter).toBe('A5:G5');
    expect(list.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(zipPart(path, 'xl/workbook.xml')).toMatch(/_xlnm\.Print_Titles" localSheetId="0">&apos;Danh sách&apos;!\$5:\$5</);
    expect(list.getCell('B8').font.name).toBe('Times New Roman');
    expect(list.getCell('B8').border.top?.style).toBe('thin');

    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B5').value).toBe('Bằng khen của Thủ tướng Chính phủ');
    expect([summary.getCell('C5').value, summary.getCell('D5').value, summary.getCell('E5').value]).toEqual([0, 1, 1]);
    expect(summary.getCell('F5').value).toMatchObject({ formula: 'SUM(C5:E5)' });
    expect(summary.getCell('B8').value).toBe('Tổng cộng');
    expect(summary.getCell('C8').value).toMatchObject({ formula: 'SUM(C5:C7)' });
  });

  it('filters by form, recipient and status', async () => {
    const filtered = join(out, 'loc.xlsx');
    expect(report(['export', 'awards', dir, '-o', filtered, '--form', 'bang-khen-ubmttq-tinh', '--recipient', 'ca-nhan']).code).toBe(0);
    const names = columnA((await open(filtered)).getWorksheet('Danh sách')!).slice(4);
    expect(names).toEqual(['I. BẰNG KHEN CỦA ỦY BAN MTTQ VIỆT NAM TỈNH', '1. Cá nhân', 'Nguyễn Văn An', 'Trần Thị Ánh']);
    const proposed = join(out, 'de-nghi.xlsx');
    expect(report(['export', 'awards', dir, '-o', proposed, '--status', 'proposed']).code).toBe(0);
    expect(columnA((await open(proposed)).getWorksheet('Danh sách')!).slice(6)).toEqual(['=HYPERLINK("http://x","bấm")']);
    expect(report(['export', 'awards', dir, '-o', proposed, '--recipient', 'nguoi']).code).toBe(2);
    expect(report(['export', 'awards', dir, '-o', proposed, '--form', 'khong-co']).code).toBe(2);
  });

  it('same input, byte-identical file', () => {
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    const again = join(out, 'lan-2.xlsx');
    report(['export', 'awards', dir, '-o', again]);
    report(['export', 'awards', dir, '-o', path]);
    expect(sha(again)).toBe(sha(path));
  });

  it('CSV in UTF-8 with a BOM, formulas neutralised', () => {
    const csv = join(out, 'khen-thuong.csv');
    expect(report(['export', 'awards', dir, '-o', csv]).code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('STT,Họ và tên / Tên tập thể,Chức vụ,Đơn vị,Hình thức khen thưởng,"Số, ngày quyết định",Thành tích');
    expect(lines[1]).toBe(`1,"'=HYPERLINK(""http://x"",""bấm"")",,Hội Nông dân tỉnh,Bằng khen của Thủ tướng Chính phủ,,`);
  });

  it('a text longer than Excel allows is cut with a warning', async () => {
    const long = 'Thành tích '.repeat(4000);
    const d = reportFolder({ 'awards.yaml': `awards:\n  - { form: giay-khen, recipient: tap-the, name: "A", achievement: "${long}" }\n` });
    const file = join(out, 'dai.xlsx');
    const result = report(['export', 'awards', d, '-o', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).diagnostics).toMatchObject([{ code: 'TEXT_TOO_LONG', severity: 'warning' }]);
    const cell = (await open(file)).getWorksheet('Danh sách')!.getCell('G8');
    expect(String(cell.value).length).toBe(32767);
  });

  it('report build warns too when an annex cell is cut', () => {
    const d = reportFolder({ 'models.yaml': `models:\n  - { id: m1, name: "${'Mô hình '.repeat(5000)}", type: mo-hinh, unit: hoi-lhpn }\n` });
    const result = report(['build', d, '-o', tempDir(), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).diagnostics).toMatchObject([{ code: 'TEXT_TOO_LONG', severity: 'warning' }]);
  });
});

describe('report build writes the annexes beside the DOCX', () => {
  it('indicators, OCOP, models and figures with a live attainment formula', async () => {
    const out = tempDir();
    expect(report(['build', 'examples/cum-thi-dua-ctxh-tong-ket-2023', '-o', out]).code).toBe(0);
    const workbook = await open(join(out, 'cum-thi-dua-ctxh-tong-ket-2023-phu-luc.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Mô hình', 'Chỉ tiêu']);
    const figures = workbook.getWorksheet('Chỉ tiêu')!;
    let row = 0;
    figures.eachRow((r, n) => {
      if (String(r.getCell(2).value).startsWith('Sáng kiến đã nộp')) row = n;
    });
    expect(row).toBeGreaterThan(5);
    // "6.754/4.133 chỉ tiêu": the quoted Vietnamese numbers arrive as numbers.
    expect(figures.getCell(`D${row}`).value).toBe(4133);
    expect(figures.getCell(`E${row}`).value).toBe(6754);
    expect(figures.getCell(`D${row}`).numFmt).toBe('#,##0');
    expect(figures.getCell(`F${row}`).value).toMatchObject({ formula: `IF(N(D${row})=0,"",E${row}/D${row})` });

    const soKet = tempDir();
    expect(report(['build', 'examples/tra-vinh-so-ket-2023', '-o', soKet]).code).toBe(0);
    const annex = await open(join(soKet, 'tra-vinh-so-ket-2023-phu-luc.xlsx'));
    const ocop = annex.getWorksheet('OCOP')!;
    expect([6, 7, 8, 9].map((r) => [ocop.getCell(`C${r}`).value, ocop.getCell(`D${r}`).value])).toEqual([[141, 0.75], [38, 0.2], [3, 0.02], [6, 0.03]]);
    const indicators = annex.getWorksheet('Chỉ số')!;
    expect(indicators.getCell('E6').value).toBe(40.73);
    expect(indicators.getCell('F6').value).toBe('48/61');
  });
});
