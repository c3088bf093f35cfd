import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, edit, paragraphs, report, reportFolder, tempDir, zipPart } from './helpers.js';

const built: Record<string, { xml: string; text: string[]; path: string }> = {};

beforeAll(() => {
  for (const name of EXAMPLES) {
    const out = tempDir();
    const result = report(['build', join('examples', name), '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    const path = join(out, `${name}.docx`);
    const xml = zipPart(path);
    built[name] = { xml, text: paragraphs(xml), path };
  }
});

const soKet = () => built['tra-vinh-so-ket-2023'];
const joined = (name: string) => built[name].text.join('\n');

describe('the administrative frame (Nghị định 30)', () => {
  it('A4 portrait, margins 25/20/35/20 mm, page numbers from page 2', () => {
    const { xml, path } = soKet();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1985" w:header="567"/);
    expect(xml).toContain('<w:titlePg');
    const header = [1, 2, 3].map((n) => { try { return zipPart(path, `word/header${n}.xml`); } catch { return ''; } }).join('');
    expect(header).toContain('PAGE');
  });

  it('header block: issuer, quốc hiệu, số ký hiệu, place and date', () => {
    const text = soKet().text;
    expect(text).toEqual(expect.arrayContaining(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH TRÀ VINH', 'BAN THƯỜNG TRỰC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:       /BC-MTTQ-BTT', 'Trà Vinh, ngày 23 tháng 8 năm 2023']));
    expect(built['cum-thi-dua-ctxh-tong-ket-2023'].text).toEqual(expect.arrayContaining(['Số: 01/BC-CTĐ-HND', 'Phú Yên, ngày 08 tháng 01 năm 2024']));
    expect(soKet().xml).toMatch(/<w:i\/>[\s\S]{0,200}Trà Vinh, ngày 23/);
  });

  it('BÁO CÁO and the trích yếu, the body closing with ./.', () => {
    const text = soKet().text;
    const title = text.indexOf('BÁO CÁO');
    expect(title).toBeGreaterThan(0);
    expect(text[title + 1]).toBe('Sơ kết 05 năm thực hiện phong trào thi đua “Đoàn kết sáng tạo” giai đoạn 2018 - 2023');
    expect(text.some((p) => p.endsWith('./.'))).toBe(true);
  });

  it('nơi nhận and the signer', () => {
    const text = soKet().text;
    expect(text).toEqual(expect.arrayContaining(['Nơi nhận:', '- Ban Thường trực UBTW MTTQ Việt Nam (b/c);', '- Lưu: VT.', 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn Triết']));
  });

  it('tables repeat a bold header row on every page', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', '  directions: |\n', '  directions: |\n    | Việc | Thời hạn |\n    |---|---|\n    | Sơ kết | 2025 |\n\n');
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    expect(zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!))).toMatch(/<w:tblHeader\/>/);
  });
});

describe('figures formatted the Vietnamese way', () => {
  it('indicator change against the year before (the starter report: PAPI 2023 → 2024)', () => {
    const out = tempDir();
    expect(report(['build', reportFolder(), '-o', out]).code).toBe(0);
    const text = paragraphs(zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!))).join('\n');
    expect(text).toContain('năm 2024: đạt 43,35 điểm, đứng thứ 37/63 tỉnh, thành phố (tăng 3 bậc, tăng 1,25 điểm so với năm 2023)');
  });

  it('the period reads "giai đoạn 2018 - 2023" or, for one year, "năm 2023"', () => {
    expect(soKet().text).toContain('KẾT QUẢ THỰC HIỆN PHONG TRÀO GIAI ĐOẠN 2018 - 2023');
    expect(joined('cum-thi-dua-ctxh-tong-ket-2023')).toContain('Hội Nông dân tỉnh Phú Yên báo cáo tổng kết kết quả thực hiện phong trào năm 2023 như sau:');
  });

  it('sections without data are left out and the numbering closes up', () => {
    const headings = built['tra-vinh-tong-ket-2022'].text.filter((p) => /^[IVX]+\. /.test(p));
    expect(headings).toEqual(['I. ĐẶC ĐIỂM TÌNH HÌNH', 'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN', 'III. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA', 'IV. CÔNG TÁC KHEN THƯỞNG', 'V. ĐÁNH GIÁ CHUNG']);
    expect(built['tra-vinh-tong-ket-2022'].text.filter((p) => p.startsWith('PHẦN '))).toEqual(['PHẦN I', 'PHẦN II']);
  });
});

describe('data printed literally', () => {
  it('names full of Markdown and XML characters survive to the DOCX', () => {
    const nasty = ['Hội *Nông* dân_tỉnh | <b>&amp; # 1. - + \\', '=HYPERLINK("x") **đậm** [a](b)'];
    const dir = reportFolder({
      'awards.yaml': 'awards:\n' + nasty.map((n) => `  - { form: giay-khen, recipient: tap-the, name: ${JSON.stringify(n)} }\n`).join(''),
      'models.yaml': `models:\n  - { id: m1, name: ${JSON.stringify(nasty[0])}, type: mo-hinh, unit: hoi-lhpn, content: nd1 }\n`,
      'figures.yaml': `figures:\n  - { id: f1, label: ${JSON.stringify(nasty[1])}, value: 1677, measure: "hộ" }\n`,
    });
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const text = paragraphs(zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!))).join('\n');
    expect(text).toContain(`+ ${nasty[0]} (Hội Liên hiệp Phụ nữ tỉnh).`);
    // Straight quotes typed in data print as the typographic pair; nothing else changes.
    expect(text).toContain(`- ${nasty[1].replace('"x"', '“x”')}: 1.677 hộ.`);
  });
});

describe('writing', () => {
  it('two builds give byte-identical files; SOURCE_DATE_EPOCH sets the document date', () => {
    const sha = (env: Record<string, string> = {}) => {
      const out = tempDir();
      expect(report(['build', 'examples/tra-vinh-tong-ket-2022', '-o', out], { env }).code).toBe(0);
      const path = join(out, 'tra-vinh-tong-ket-2022.docx');
      return { hash: createHash('sha256').update(readFileSync(path)).digest('hex'), core: zipPart(path, 'docProps/core.xml') };
    };
    const a = sha();
    expect(sha().hash).toBe(a.hash);
    expect(a.core).toContain('2022-08-11T12:00:00Z');
    expect(sha({ SOURCE_DATE_EPOCH: '1700000000' }).core).toContain('2023-11-14T22:13:20Z');
  });

  it('a build that fails keeps the earlier output untouched and writes nothing', () => {
    const dir = reportFolder();
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['tmp.docx', 'tmp-phu-luc.xlsx'].map((f) => f.replace('tmp', dir.split('/').pop()!)).sort());
    const file = join(out, files.find((f) => f.endsWith('.docx'))!);
    const before = readFileSync(file);
    edit(dir, 'indicators.yaml', 'rank: 40', 'rank: 99');
    const result = report(['build', dir, '-o', out, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, outputs: [], diagnostics: [{ code: 'RANK_OVER_OF' }] });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(files); // no temporary file left behind
  });

  it('a template error names the template file and line; nothing is written', () => {
    const dir = reportFolder();
    mkdirSync(join(dir, 'mau', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'mau', 'partials', 'ocop.hbs'), 'OCOP\n\n{{ocop.khong_co}}\n');
    edit(dir, 'report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket');
    const out = tempDir();
    const result = report(['build', dir, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/mau\/partials\/ocop\.hbs:3:\d+ {2}lỗi .*“ocop\.khong_co”.*\[TEMPLATE_MISSING_FIELD\]/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a user template folder overrides one section and keeps the rest', () => {
    const dir = reportFolder();
    mkdirSync(join(dir, 'mau', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'mau', 'partials', 'ocop.hbs'), '{{#if ocop}}\n{{sub "OCOP theo cách của tỉnh"}}\n\nCó {{ocop.products}} sản phẩm.\n{{/if}}\n');
    edit(dir, 'report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket');
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const text = paragraphs(zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!)));
    expect(text).toContain('Có 39 sản phẩm.');
    expect(text.some((p) => /^\d\. OCOP theo cách của tỉnh$/.test(p))).toBe(true);
    expect(text).toContain('BÁO CÁO');
  });
});

void ROOT;
