import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnPoints, MIN_PRINTED_SIZE, printableWidth } from '../src/xlsx/sheet-writer.js';
import { edit, paragraphs, report, reportFolder, tempDir, zipPart } from './helpers.js';

/** What a reviewer checks on paper, read back from the files themselves. */
const built: Record<string, { docx: string; xlsx: string }> = {};

beforeAll(() => {
  for (const name of ['tra-vinh-tong-ket-2022', 'cum-thi-dua-ctxh-tong-ket-2023', 'bac-kan-doan-ket-sang-tao-2020']) {
    const out = tempDir();
    expect(report(['build', join('examples', name), '-o', out]).code).toBe(0);
    built[name] = { docx: join(out, `${name}.docx`), xlsx: join(out, `${name}-phu-luc.xlsx`) };
  }
});

const open = async (path: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
};

describe('DOCX on paper', () => {
  it('body lines carry an explicit rule (1.2 lines, auto) that Word and LibreOffice read alike', () => {
    const xml = zipPart(built['tra-vinh-tong-ket-2022'].docx);
    const spacings = [...xml.matchAll(/<w:spacing [^>]*w:line="288"[^>]*\/>/g)].map((m) => m[0]);
    expect(spacings.length).toBeGreaterThan(10);
    for (const s of spacings) expect(s).toContain('w:lineRule="auto"');
  });

  it('Vietnamese is the language of the default style (spell-checking)', () => {
    expect(zipPart(built['tra-vinh-tong-ket-2022'].docx, 'word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"/);
  });

  it('the closing paragraph is kept with the nơi nhận and signature; lead-in lines with what follows', () => {
    const xml = zipPart(built['cum-thi-dua-ctxh-tong-ket-2023'].docx);
    const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const closing = paras.find((p) => paragraphs(p)[0]?.endsWith('./.'))!;
    expect(closing).toContain('<w:keepNext/>');
    const leadIn = paras.find((p) => paragraphs(p)[0] === 'Đề nghị cấp có thẩm quyền khen thưởng:')!;
    expect(leadIn).toContain('<w:keepNext/>');
  });

  it('a spaced hyphen inside a nơi nhận entry does not break the line; entries hang', () => {
    const xml = zipPart(built['tra-vinh-tong-ket-2022'].docx);
    expect(paragraphs(xml)).toContain('- Thành viên Hội đồng Thi đua\u00A0- Khen thưởng tỉnh;');
    expect(xml).toMatch(/<w:ind w:left="170" w:hanging="170"\/>/);
  });

  it('"./." closes the text flush with the margin when the body ends with a table', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', '  directions: |\n    - Tiếp tục đổi mới nội dung, hình thức tổ chức phong trào;\n    - Kịp thời biểu dương, khen thưởng các điển hình tiên tiến.\n', '  directions: |\n    | A | B |\n    |---|---|\n    | 1 | 2 |\n');
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const xml = zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!));
    const closing = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => paragraphs(p)[0] === './.')!;
    expect(closing).toBeDefined();
    expect(closing).not.toMatch(/w:firstLine/);
  });

  it('one presentation per fact: the award sentence for a few forms, no table beside it', () => {
    const text = paragraphs(zipPart(built['tra-vinh-tong-ket-2022'].docx));
    expect(text.some((p) => p.startsWith('Qua phong trào, các tập thể, cá nhân tiêu biểu đã được khen thưởng: Huân chương Độc lập hạng Nhì'))).toBe(true);
    expect(text).not.toContain('Hình thức khen thưởng');
  });

  it('the report refers to the annex by the number the workbook gives it', async () => {
    const text = paragraphs(zipPart(built['bac-kan-doan-ket-sang-tao-2020'].docx)).join('\n');
    const workbook = await open(built['bac-kan-doan-ket-sang-tao-2020'].xlsx);
    const models = workbook.worksheets.find((w) => w.name === 'Mô hình')!;
    const number = String(models.getCell('A1').value).replace('Phụ lục ', '');
    expect(text).toContain(`Danh sách chi tiết tại Phụ lục ${number}.`);
  });
});

describe('annex workbooks on paper', () => {
  it('annexes numbered I, II, III in sheet order; the ND30 head: number bold, title bold, caption italic, rows tall enough', async () => {
    const workbook = await open(built['cum-thi-dua-ctxh-tong-ket-2023'].xlsx);
    expect(workbook.worksheets.map((w) => w.getCell('A1').value)).toEqual(workbook.worksheets.map((_, i) => `Phụ lục ${['I', 'II', 'III'][i]}`));
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
      expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
      const caption = sheet.getCell('A3');
      expect(caption.value).toBe('(Kèm theo Báo cáo số 01/BC-CTĐ-HND ngày 08 tháng 01 năm 2024 của Hội Nông dân tỉnh Phú Yên)');
      expect(caption.font).toMatchObject({ italic: true });
      for (const row of [1, 2, 3]) {
        const cell = sheet.getCell(`A${row}`);
        const size = cell.font.size ?? 12;
        expect(sheet.getRow(row).height, `row ${row} of ${sheet.name}`).toBeGreaterThanOrEqual(size * 1.2);
      }
    }
  });

  it('print set-up: ND30 margins, page number at the top from 1 on each annex, text printed at 11 pt or more', async () => {
    const workbook = await open(built['cum-thi-dua-ctxh-tong-ket-2023'].xlsx);
    for (const sheet of workbook.worksheets) {
      const setup = sheet.pageSetup;
      expect(setup.margins).toMatchObject({ left: expect.closeTo(30 / 25.4, 2), right: expect.closeTo(15 / 25.4, 2), top: expect.closeTo(20 / 25.4, 2) });
      expect(setup.firstPageNumber).toBe(1);
      expect(sheet.headerFooter.oddHeader).toContain('&P');
      expect(sheet.headerFooter.oddFooter ?? '').not.toContain('&N');
      const widths = sheet.columns.map((c) => c.width ?? 10);
      const needed = widths.reduce((n, w) => n + columnPoints(w), 0);
      const scale = Math.min(1, printableWidth(setup.orientation === 'landscape') / needed);
      expect(12 * scale, sheet.name).toBeGreaterThanOrEqual(MIN_PRINTED_SIZE);
    }
  });

  it('numbers show the digits the DOCX shows; codes print as names; formulas carry their values', async () => {
    const workbook = await open(built['cum-thi-dua-ctxh-tong-ket-2023'].xlsx);
    const figures = workbook.getWorksheet('Chỉ tiêu')!;
    let found = 0;
    figures.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === 39.381) {
          expect(cell.numFmt).toBe('#,##0.000');
          found++;
        }
        if (cell.value === 18862484719) {
          expect(cell.numFmt).toBe('#,##0');
          found++;
        }
        const v = cell.value as { formula?: string; result?: number } | null;
        if (v && typeof v === 'object' && v.formula && typeof v.result === 'number') {
          expect(v.result, v.formula).toBeCloseTo(6754 / 4133, 6);
          expect(cell.numFmt).toBe('0.00%');
          found++;
        }
      });
    });
    expect(found).toBe(3);
    const soKet = tempDir();
    expect(report(['build', 'examples/tra-vinh-so-ket-2023', '-o', soKet]).code).toBe(0);
    const indicators = (await open(join(soKet, 'tra-vinh-so-ket-2023-phu-luc.xlsx'))).getWorksheet('Chỉ số')!;
    const rows: unknown[][] = [];
    indicators.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.flat()).toContain('PAR Index');
    expect(rows.flat()).not.toContain('PAR_INDEX');
    indicators.eachRow((r) => r.eachCell((c) => (c.value === 83 ? expect(c.numFmt).toBe('#,##0') : c.value === 40.73 ? expect(c.numFmt).toBe('#,##0.00') : undefined)));
  });
});

describe('award list workbooks', () => {
  it('a list of proposals is titled as one; dates print dd/mm/yyyy', async () => {
    const out = join(tempDir(), 'ds.xlsx');
    expect(report(['export', 'awards', 'examples/cum-thi-dua-ctxh-tong-ket-2023', '-o', out]).code).toBe(0);
    const sheet = (await open(out)).worksheets[0];
    expect(sheet.getCell('A2').value).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    const dir = reportFolder();
    const list = join(tempDir(), 'kt.xlsx');
    edit(dir, 'awards.yaml', 'decision_date: 2024-12-15', 'decision_date: 2024-01-03');
    expect(report(['export', 'awards', dir, '-o', list]).code).toBe(0);
    const values: unknown[] = [];
    (await open(list)).worksheets[0].eachRow((r) => r.eachCell((c) => values.push(c.value)));
    expect(values.some((v) => typeof v === 'string' && v.includes('ngày 03/01/2024'))).toBe(true);
  });

  it('award_counts reach the summary sheet, with cached totals; no "no match" warning without a filter', async () => {
    const out = join(tempDir(), 'tk.xlsx');
    const result = report(['export', 'awards', 'examples/tra-vinh-tong-ket-2022', '-o', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain('NO_DATA_TO_EXPORT');
    const summary = (await open(out)).getWorksheet('Tổng hợp')!;
    const rows: unknown[][] = [];
    summary.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const total = rows.find((r) => r[1] === 'Tổng cộng')!;
    // exceljs drops a cached 0 when it reads; the sheet's own XML shows every formula with its value.
    expect(total.map((v) => (v && typeof v === 'object' ? (v as { result?: number }).result ?? 0 : v)).slice(2)).toEqual([80, 89, 0, 169]);
    const xml = zipPart(out, 'xl/worksheets/sheet2.xml');
    const formulas = [...xml.matchAll(/<f>[^<]*<\/f>(<v>[^<]*<\/v>)?/g)];
    expect(formulas.length).toBeGreaterThan(5);
    for (const f of formulas) expect(f[1], f[0]).toBeDefined();
    expect(rows.some((r) => r[1] === 'Cờ thi đua của Chính phủ (ngành Giáo dục)' && r[2] === 4)).toBe(true);
  });
});
