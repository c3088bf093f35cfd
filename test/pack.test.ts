import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, paragraphs, report, reportFolder, tempDir, zipPart } from './helpers.js';

/**
 * An award list with the usual traps: several forms and authorities, collectives,
 * individuals and households, proposed and granted, quotes and Markdown characters in
 * names, people to be sorted by given name, more recipients than one trip to the stage.
 */
const AWARDS = `awards:
  - { form: bang-khen-tinh, recipient: tap-the, name: "Tỉnh đoàn", status: proposed }
  - { form: bang-khen-tinh, recipient: tap-the, name: "Hội Nông dân tỉnh", unit: hoi-nong-dan, status: proposed }
  - { form: bang-khen-tinh, recipient: ca-nhan, name: "Trần Văn Bảy", gender: nam, position: "Chủ tịch", unit: hoi-nong-dan, status: proposed }
  - { form: bang-khen-tinh, recipient: ca-nhan, name: "Lê Thị An", gender: nu, position: "Phó Chủ tịch", unit: hoi-nong-dan, status: proposed }
  - { form: bang-khen-tinh, recipient: ca-nhan, name: "Nguyễn *Văn* | Út", unit: hoi-lhpn, status: proposed }
  - { form: bang-khen-tinh, recipient: ho-gia-dinh, name: "Hộ ông Phạm Văn Chín", status: proposed }
  - { form: giay-khen, recipient: ca-nhan, name: "Đỗ Thị Hoa", gender: nu, unit: hoi-lhpn, status: proposed }
  - { form: giay-khen, recipient: ca-nhan, name: "Võ Văn Cường", gender: nam, unit: hoi-lhpn, status: proposed }
  - { form: co-thi-dua-ubmttq-tinh, recipient: tap-the, name: "Hội Liên hiệp Phụ nữ tỉnh", unit: hoi-lhpn, decision: "14/QĐ-MTTQ-BTT", decision_date: 2024-12-15 }
  - { form: bang-khen-ubmttq-tinh, recipient: tap-the, name: "Ban Công tác Mặt trận ấp \\"Phú Hòa\\"", decision: "15/QĐ-MTTQ-BTT", decision_date: 2024-12-15 }
${Array.from({ length: 12 }, (_, i) => `  - { form: bang-khen-ubmttq-tinh, recipient: ca-nhan, name: "Người Thứ ${String.fromCharCode(65 + i)}", unit: hoi-nong-dan, decision: "15/QĐ-MTTQ-BTT", decision_date: 2024-12-15 }`).join('\n')}
`;

const PACK = `
pack:
  proposal: { number: 7, date: 2024-12-10 }
  base_amount: 2340000
  per_trip: 5
  funding: "Quỹ Thi đua, khen thưởng của Ủy ban MTTQ Việt Nam tỉnh"
  authorities:
    - id: ubnd-tinh
      name: "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
      abbreviation: UBND
      decider: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
      addressee: "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long"
      signer: { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Lê Văn Quyết" }
  decisions:
    - { form: bang-khen-tinh, authority: ubnd-tinh, coefficients: { tap-the: 2, ca-nhan: 1, ho-gia-dinh: 1 } }
    - { form: bang-khen-ubmttq-tinh, presenter: "đồng chí Nguyễn Văn A, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", coefficients: { tap-the: 1, ca-nhan: 0.5 } }
    - { form: giay-khen, coefficients: { ca-nhan: 0.3 } }
`;

function packFolder(): string {
  const dir = reportFolder({ 'awards.yaml': AWARDS });
  writeFileSync(join(dir, 'report.yaml'), readFileSync(join(dir, 'report.yaml'), 'utf8') + PACK);
  writeFileSync(join(dir, 'units.yaml'), readFileSync(join(dir, 'units.yaml'), 'utf8'));
  return dir;
}

/** The rows of the attached list: STT and name, from the table after "DANH SÁCH". */
function listRows(docx: string): { stt: string; name: string; unit: string }[] {
  const xml = zipPart(docx);
  const list = xml.slice(xml.indexOf('DANH SÁCH'));
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(list)![0];
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].slice(1).map((row) => {
    const [stt, name, unit] = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(''));
    return { stt, name, unit };
  });
}
const people = (rows: { stt: string; name: string }[]) => rows.filter((r) => /^\d+$/.test(r.stt)).map((r) => r.name);

describe('report pack', () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = packFolder();
    const result = report(['pack', dir]);
    expect(result.code, result.stderr).toBe(0);
    out = join(dir, 'out', 'pack');
  });

  it('writes one tờ trình per deciding body, one quyết định per form and decision, certificates, the ceremony and the money table', () => {
    expect(readdirSync(out).sort()).toEqual(
      [
        'kich-ban-trao-thuong.docx',
        'phoi-bang-khen-tinh.docx',
        'phoi-bang-khen-ubmttq-tinh.docx',
        'phoi-co-thi-dua-ubmttq-tinh.docx',
        'phoi-giay-khen.docx',
        'quyet-dinh-bang-khen-tinh.docx',
        'quyet-dinh-bang-khen-ubmttq-tinh.docx',
        'quyet-dinh-co-thi-dua-ubmttq-tinh.docx',
        'quyet-dinh-giay-khen.docx',
        'tong-hop-tien-thuong.xlsx',
        'to-trinh-de-nghi-khen-thuong-issuer.docx',
        'to-trinh-de-nghi-khen-thuong-ubnd-tinh.docx',
      ].sort(),
    );
  });

  it('a quyết định: its authority, căn cứ, Điều 1 counts equal to its attached list, Ông / Bà, every recipient once', () => {
    const file = join(out, 'quyet-dinh-bang-khen-tinh.docx');
    const text = paragraphs(zipPart(file));
    expect(text.some((p) => /^Số: +\/QĐ-UBND$/.test(p))).toBe(true); // a draft: the authority numbers it
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG');
    expect(text.some((p) => p.startsWith('Căn cứ Luật Thi đua, khen thưởng'))).toBe(true);
    expect(text.some((p) => p.startsWith('Xét đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tại Tờ trình số 07/TTr-MTTQ-BTT'))).toBe(true);
    const article1 = text.find((p) => p.startsWith('Điều 1.'))!;
    expect(article1).toContain('Tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể, 03 cá nhân, 01 hộ gia đình (có danh sách kèm theo)');
    const rows = listRows(file);
    expect(rows.filter((r) => /^[IVX]+$/.test(r.stt)).map((r) => r.name)).toEqual(['TẬP THỂ', 'CÁ NHÂN', 'HỘ GIA ĐÌNH']);
    // Inside a kind: by unit (none first; Hội Liên hiệp Phụ nữ before Hội Nông dân), then people by given name (An before Bảy).
    expect(people(rows)).toEqual(['Tỉnh đoàn', 'Hội Nông dân tỉnh', 'Nguyễn *Văn* | Út', 'Bà Lê Thị An', 'Ông Trần Văn Bảy', 'Hộ ông Phạm Văn Chín']);
    expect(rows.find((r) => r.name === 'Ông Trần Văn Bảy')!.unit).toBe('Chủ tịch, Hội Nông dân tỉnh');
    expect(text.some((p) => /^\(Kèm theo Quyết định số +\/QĐ-UBND ngày 20 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long\)$/.test(p))).toBe(true);
  });

  it('Điều 2 gives the money when coefficients and the base amount are set; the article that executes follows', () => {
    const text = paragraphs(zipPart(join(out, 'quyet-dinh-bang-khen-tinh.docx')));
    const article2 = text.find((p) => p.startsWith('Điều 2.'))!;
    expect(article2).toContain('mỗi tập thể 4.680.000 đồng');
    expect(article2).toContain('mỗi cá nhân 2.340.000 đồng');
    expect(article2).toContain('Tổng số tiền thưởng: 18.720.000 đồng (Bằng chữ: Mười tám triệu bảy trăm hai mươi nghìn đồng)');
    expect(text.some((p) => p.startsWith('Điều 3.') && p.includes('chịu trách nhiệm thi hành'))).toBe(true);
    expect(text).toContain('- Như Điều 3;');
  });

  it('a granted decision keeps the number and date its awards carry', () => {
    const text = paragraphs(zipPart(join(out, 'quyet-dinh-bang-khen-ubmttq-tinh.docx')));
    expect(text).toContain('Số: 15/QĐ-MTTQ-BTT');
    expect(text.some((p) => p.includes('ngày 15 tháng 12 năm 2024'))).toBe(true);
    expect(text.find((p) => p.startsWith('Điều 1.'))).toContain('cho 01 tập thể, 12 cá nhân');
    expect(people(listRows(join(out, 'quyet-dinh-bang-khen-ubmttq-tinh.docx')))).toHaveLength(13);
    expect(text.some((p) => p.includes('“Phú Hòa”'))).toBe(true); // straight quotes typed in the data print as Vietnamese quotes
  });

  it('the tờ trình proposes by form in precedence order with the counts the decisions and the report print', () => {
    const text = paragraphs(zipPart(join(out, 'to-trinh-de-nghi-khen-thuong-ubnd-tinh.docx')));
    expect(text).toContain('Số: 07/TTr-MTTQ-BTT');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long.');
    expect(text).toContain('- Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể, 03 cá nhân, 01 hộ gia đình.');
    expect(people(listRows(join(out, 'to-trinh-de-nghi-khen-thuong-ubnd-tinh.docx')))).toEqual(people(listRows(join(out, 'quyet-dinh-bang-khen-tinh.docx'))));
    // The report built from the same folder states the same proposal.
    const built = tempDir();
    expect(report(['build', dir, '-o', built]).code).toBe(0);
    const body = paragraphs(zipPart(join(built, readdirSync(built).find((f) => f.endsWith('.docx'))!))).join('\n');
    expect(body).toContain('Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể, 03 cá nhân, 01 hộ gia đình');
  });

  it('certificates: a calibration page, then one page per recipient, each text in a frame at its box', () => {
    const file = join(out, 'phoi-bang-khen-ubmttq-tinh.docx');
    const xml = zipPart(file);
    const sections = xml.match(/<w:sectPr/g)!.length;
    expect(sections).toBe(1 + 13);
    expect(xml).toContain('<pic:pic'); // the millimetre grid
    const frames = [...xml.matchAll(/<w:framePr ([^>]*)\/>/g)].map((m) => m[1]);
    expect(frames).toHaveLength(5 * 14);
    // ho-ten at x 48 mm, y 84 mm, 201 × 14 mm (templates/pack/certificate.yaml), in twips from the page.
    expect(frames[5]).toMatch(/w:x="2721"/);
    expect(frames[5]).toMatch(/w:y="4762"/);
    expect(frames[5]).toMatch(/w:w="11395"/);
    expect(frames[5]).toMatch(/w:hRule="exact"/);
    const text = paragraphs(xml);
    for (const letter of 'ABCDEFGHIJKL') expect(text.filter((p) => p === `Người Thứ ${letter}`)).toHaveLength(1);
    expect(text.filter((p) => p === 'Quyết định số 15/QĐ-MTTQ-BTT ngày 15 tháng 12 năm 2024')).toHaveLength(13);
    // The achievement on a line of its own starts with a capital (in Điều 1 it continues the sentence).
    expect(text.filter((p) => p.startsWith('Đã có thành tích xuất sắc trong phong trào thi đua “Đoàn kết sáng tạo'))).toHaveLength(13);
  });

  it('the ceremony: forms in precedence order, groups of the set size, the presenting leader', () => {
    const text = paragraphs(zipPart(join(out, 'kich-ban-trao-thuong.docx')));
    const headings = text.filter((p) => /^[IVX]+\. /.test(p));
    // The catalogue's precedence: the province's Bằng khen (340) before the Mặt trận's Cờ thi đua (350).
    expect(headings).toEqual(['I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH', 'II. CỜ THI ĐUA CỦA ỦY BAN MTTQ VIỆT NAM TỈNH', 'III. BẰNG KHEN CỦA ỦY BAN MTTQ VIỆT NAM TỈNH', 'IV. GIẤY KHEN']);
    const trips = text.filter((p) => p.startsWith('Lượt '));
    expect(trips.filter((p) => p.includes('Bằng khen của Ủy ban MTTQ Việt Nam tỉnh'))).toHaveLength(3); // 13 recipients, 5 a trip
    expect(text.some((p) => p.includes('Trân trọng kính mời đồng chí Nguyễn Văn A, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh lên trao thưởng'))).toBe(true);
  });

  it('the money table: live formulas whose values recalculate to the cached total', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'tong-hop-tien-thuong.xlsx'));
    const sheet = workbook.getWorksheet('Tiền thưởng')!;
    const cells = new Map<string, ExcelJS.CellValue>();
    sheet.eachRow((row) => row.eachCell((cell) => cells.set(cell.address, cell.value)));
    // A small evaluator for the formulas the table uses, to check the cached values are what they compute.
    const value = (ref: string): number => {
      const v = cells.get(ref);
      if (typeof v === 'number') return v;
      if (v && typeof v === 'object' && 'formula' in v) return evaluate(v.formula);
      return 0;
    };
    const evaluate = (formula: string): number => {
      const round = /^ROUND\((\w+)\*(\w+),0\)$/.exec(formula);
      if (round) return Math.round(value(round[1]) * value(round[2]));
      const product = /^(\w+)\*(\w+)$/.exec(formula);
      if (product) return value(product[1]) * value(product[2]);
      const sum = /^SUM\(([A-Z]+)(\d+):[A-Z]+(\d+)\)$/.exec(formula);
      if (sum) {
        let total = 0;
        for (let r = Number(sum[2]); r <= Number(sum[3]); r++) total += value(`${sum[1]}${r}`);
        return total;
      }
      throw new Error(`formula not expected: ${formula}`);
    };
    const formulas = [...cells.entries()].filter(([, v]) => v && typeof v === 'object' && 'formula' in v) as [string, { formula: string; result: number }][];
    expect(formulas.length).toBeGreaterThan(0);
    for (const [ref, cell] of formulas) expect(evaluate(cell.formula), ref).toBe(cell.result);
    const total = formulas.find(([, v]) => v.formula.startsWith('SUM(I'))![1];
    // 2 × 4 680 000 + 4 × 2 340 000 (3 individuals, 1 household); 2 340 000 + 12 × 1 170 000; 2 × 702 000.
    expect(total.result).toBe(2 * 4_680_000 + 4 * 2_340_000 + 2_340_000 + 12 * 1_170_000 + 2 * 702_000);
    expect([...cells.values()]).toContain(`Bằng chữ: ${'Ba mươi sáu triệu năm trăm linh bốn nghìn đồng'}.`);
  });

  it('the same data gives the same bytes', () => {
    const again = tempDir();
    expect(report(['pack', dir, '-o', again]).code).toBe(0);
    for (const file of readdirSync(out)) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });
});

describe('report pack: settings and templates', () => {
  it('an unknown deciding body is an error at its place; nothing is written, the previous pack untouched', () => {
    const dir = packFolder();
    expect(report(['pack', dir]).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'pack', 'quyet-dinh-giay-khen.docx'));
    edit(dir, 'report.yaml', 'authority: ubnd-tinh,', 'authority: ubnd-tnh,');
    const result = report(['pack', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/report\.yaml:\d+:\d+ +lỗi +Không có cơ quan quyết định \(pack\.authorities\) nào mã “ubnd-tnh”/);
    expect(result.stderr).toContain('ubnd-tinh');
    expect(readFileSync(join(dir, 'out', 'pack', 'quyet-dinh-giay-khen.docx')).equals(before)).toBe(true);
  });

  it('a body other than the issuer without a name, abbreviation or signer is refused', () => {
    const dir = packFolder();
    edit(dir, 'report.yaml', '      abbreviation: UBND\n', '');
    const result = report(['pack', dir, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({ code: 'PACK_AUTHORITY_INCOMPLETE' });
  });

  it('a folder with counts only has no pack to make: a clear error', () => {
    const dir = reportFolder({ 'awards.yaml': 'award_counts:\n  - { form: giay-khen, individuals: 3 }\n' });
    const result = report(['pack', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PACK_NO_AWARDS');
    expect(existsSync(join(dir, 'out', 'pack'))).toBe(false);
  });

  it('the report template folder overrides one pack template and the certificate layout', () => {
    const dir = packFolder();
    mkdirSync(join(dir, 'mau', 'pack'), { recursive: true });
    writeFileSync(join(dir, 'mau', 'pack', 'kich-ban.hbs'), 'Kịch bản riêng: {{#each ceremony.forms}}{{name}}; {{/each}}\n');
    writeFileSync(join(dir, 'mau', 'pack', 'certificate.yaml'), 'page: { width: 210, height: 297 }\nfields:\n  - { name: ten, text: "{{label}} – {{decisionNumber}}", x: 20, y: 100, width: 170, height: 20, size: 20 }\n');
    edit(dir, 'report.yaml', 'kind: tong-ket', 'kind: tong-ket\ntemplate: mau');
    const result = report(['pack', dir]);
    expect(result.code, result.stderr).toBe(0);
    const text = paragraphs(zipPart(join(dir, 'out', 'pack', 'kich-ban-trao-thuong.docx')));
    expect(text.some((p) => p.startsWith('Kịch bản riêng: Bằng khen của Chủ tịch UBND tỉnh; Cờ thi đua'))).toBe(true);
    const xml = zipPart(join(dir, 'out', 'pack', 'phoi-giay-khen.docx'));
    expect(xml.match(/<w:framePr /g)).toHaveLength(3); // one field on the calibration page and on each of two certificates
    expect(xml).toContain('w:orient="portrait"');
    // A field may name the decision's number (a draft: its blank kept).
    expect(paragraphs(xml).some((p) => /^Bà Đỗ Thị Hoa – +\/QĐ-MTTQ-BTT$/.test(p))).toBe(true);
  });

  it('templates eject copies the pack templates too', () => {
    const target = join(tempDir(), 'mau');
    expect(report(['templates', 'eject', 'tong-ket', target]).code).toBe(0);
    for (const file of ['to-trinh.hbs', 'quyet-dinh.hbs', 'danh-sach.hbs', 'kich-ban.hbs', 'certificate.yaml']) expect(existsSync(join(target, 'pack', file)), file).toBe(true);
  });
});

/** Debian's python-docx, when installed: every document of the pack opens in an independent reader. */
const hasReaders = spawnSync('/usr/bin/python3', ['-c', 'import docx, openpyxl'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!hasReaders)('the pack in independent readers', () => {
  it('python-docx and openpyxl open every file', () => {
    const dir = packFolder();
    expect(report(['pack', dir]).code).toBe(0);
    const out = join(dir, 'out', 'pack');
    const script = `
import docx, openpyxl, sys, os
for f in sorted(os.listdir(sys.argv[1])):
    p = os.path.join(sys.argv[1], f)
    if f.endswith('.docx'): print(f, len(docx.Document(p).sections))
    else: print(f, openpyxl.load_workbook(p).sheetnames[0])`;
    const run = spawnSync('/usr/bin/python3', ['-c', script, out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('phoi-bang-khen-ubmttq-tinh.docx 14');
    expect(run.stdout).toContain('quyet-dinh-bang-khen-tinh.docx 2');
    expect(run.stdout).toContain('tong-hop-tien-thuong.xlsx Tiền thưởng');
  });
});

/** LibreOffice, when installed: the money table's formulas, stripped of their cached values, recalculate to the same total. */
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!hasSoffice)('the money table in LibreOffice', () => {
  it('recalculates to the total the pack states', () => {
    const dir = packFolder();
    expect(report(['pack', dir]).code).toBe(0);
    const work = tempDir();
    // Drop every cached <v> after a formula: LibreOffice must compute them itself.
    const entries = unzipSync(readFileSync(join(dir, 'out', 'pack', 'tong-hop-tien-thuong.xlsx')));
    for (const name of Object.keys(entries)) {
      if (!name.startsWith('xl/worksheets/sheet')) continue;
      entries[name] = strToU8(strFromU8(entries[name]).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
    }
    writeFileSync(join(work, 'tien.xlsx'), zipSync(entries));
    const run = spawnSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', work, join(work, 'tien.xlsx')], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const csv = readFileSync(join(work, 'tien.csv'), 'latin1').split('\n');
    const total = csv.find((line) => /^,T.*ng c.*ng,/.test(line))!.split(',');
    expect(Number(total[4])).toBe(21); // recipients with money
    expect(Number(total[8])).toBe(36_504_000);
  }, 120_000);
});

describe('report validate with pack: set', () => {
  it('runs the pack templates dry and names a broken one once, at its line', () => {
    const dir = packFolder();
    mkdirSync(join(dir, 'mau', 'pack'), { recursive: true });
    writeFileSync(join(dir, 'mau', 'pack', 'quyet-dinh.hbs'), 'Điều 1.\n{{#each decision.people}}\n');
    edit(dir, 'report.yaml', 'kind: tong-ket', 'kind: tong-ket\ntemplate: mau');
    const result = report(['validate', dir, '--json']);
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { code: string; file: string; line: number }[];
    expect(diagnostics.filter((d) => d.code === 'TEMPLATE_SYNTAX')).toHaveLength(1); // four decisions use it, one error
    expect(diagnostics[0]).toMatchObject({ code: 'TEMPLATE_SYNTAX', line: 3 });
    expect(diagnostics[0].file).toMatch(/mau\/pack\/quyet-dinh\.hbs$/);
  });
});

describe('report pack: text that cannot fit', () => {
  it('a name too long for its box even at the smallest size is a warning naming the box and the person', () => {
    const long = 'Tập thể Ban Công tác Mặt trận khu dân cư số một hai ba bốn năm sáu bảy tám chín mười '.repeat(3).trim();
    const dir = reportFolder({ 'awards.yaml': `awards:\n  - { form: giay-khen, recipient: tap-the, name: "${long}" }\n` });
    const result = report(['pack', dir, '--json']);
    expect(result.code).toBe(0);
    const warning = (JSON.parse(result.stdout).diagnostics as { code: string; message: string }[]).find((d) => d.code === 'CERTIFICATE_TEXT_OVERFLOW');
    expect(warning?.message).toContain('“ho-ten”');
    expect(warning?.message).toContain('(giay-khen)');
    expect(warning?.message).toContain(long);
  });
});
