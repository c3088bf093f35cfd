import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, paragraphs, report, tempDir, zipPart } from './helpers.js';

/**
 * Each example is a seed report of ../shared/seeds written as a report folder.
 * Its DOCX must state every figure of the article the way the article states it:
 * qualifier, digits, basis word, change and what it is compared to, rank.
 */
const text: Record<string, string> = {};

beforeAll(() => {
  for (const name of ['tra-vinh-so-ket-2023', 'cum-thi-dua-ctxh-tong-ket-2023', 'tra-vinh-tong-ket-2022', 'bac-kan-doan-ket-sang-tao-2020']) {
    const out = tempDir();
    const result = report(['build', join('examples', name), '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    text[name] = paragraphs(zipPart(join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!))).join('\n');
  }
});

const states = (name: string, figures: readonly string[]) => {
  for (const figure of figures) expect(text[name], figure).toContain(figure);
};

describe('the seed reports, figure by figure as their articles state them', () => {
  it('Trà Vinh tổng kết 2022 (30 năm tái lập tỉnh)', () => {
    states('tra-vinh-tong-ket-2022', [
      'giảm 13,84% so với biên chế được giao năm 2015',
      '63.818 tỷ đồng, tăng 549 tỷ đồng so với năm 2020',
      'Tổng thu ngân sách trên địa bàn năm 2021: đạt kế hoạch',
      'đạt 90,93% Nghị quyết, tăng 0,5 triệu đồng so với năm 2020',
      '0,58%',
      '19.643 lao động',
      '400 lao động',
      '3.085 tỷ đồng, đạt 59,5% dự toán, tăng 0,5% so với cùng kỳ',
      'GRDP 6 tháng đầu năm 2022: giảm 2,37%',
      'Khu vực I 6 tháng đầu năm 2022: tăng 6,77%',
      'Khu vực III 6 tháng đầu năm 2022: tăng 2,76%',
      'Khu vực II 6 tháng đầu năm 2022: giảm 13,01%',
      '21.103,29 tỷ đồng, đạt 57,4% kế hoạch, tăng 2,5% so với cùng kỳ',
      '203 doanh nghiệp, đạt 40,6% kế hoạch, tăng 31 doanh nghiệp so với cùng kỳ',
      '09 huyện, thị xã, thành phố',
      '13 trường',
      '13.520 lao động, đạt 58,7% kế hoạch',
      'giảm 3 mặt',
      'Huân chương Độc lập hạng Nhì cho 01 cá nhân (Ông Trần Trí Dũng); Huân chương Lao động hạng Nhất cho 01 cá nhân; Huân chương Lao động hạng Nhì cho 02 cá nhân; Huân chương Lao động hạng Ba cho 02 tập thể, 04 cá nhân; Cờ thi đua của Chính phủ (ngành Giáo dục) cho 04 tập thể; Bằng khen của Thủ tướng Chính phủ cho 03 tập thể, 81 cá nhân; Cờ thi đua của tỉnh cho 27 tập thể và Bằng khen của Chủ tịch UBND tỉnh cho 44 tập thể',
    ]);
    // Nothing the article does not hold: no invented plan value, no computed change in place of a stated one.
    expect(text['tra-vinh-tong-ket-2022']).not.toMatch(/5\.185|0,87%|chỉ tiêu \(/);
  });

  it('Trà Vinh sơ kết 2018 - 2023 (“Đoàn kết sáng tạo”)', () => {
    states('tra-vinh-so-ket-2023', [
      'với 05 nội dung thi đua',
      '206 mô hình, điển hình',
      'đạt 40,73 điểm, đứng thứ 48/61 tỉnh, thành phố',
      'đạt 83 điểm, đứng thứ 50/63 tỉnh, thành phố',
      'đạt 81,93%, đứng thứ 19/63 tỉnh, thành phố',
      'Chỉ số Xanh cấp tỉnh (PGI) năm 2022: đứng đầu',
      '1.677 tổ hợp tác',
      '165 hợp tác xã',
      '01 Liên hiệp hợp tác xã lúa gạo',
      '188 sản phẩm của 118 chủ thể',
      '141 sản phẩm 3 sao, chiếm tỷ lệ 75%; 38 sản phẩm 4 sao, chiếm tỷ lệ 20%; 03 sản phẩm 5 sao, chiếm tỷ lệ 2%; 06 sản phẩm tiềm năng 5 sao, chiếm tỷ lệ 3%',
      '12 sáng kiến, cải tiến',
      '06 đợt',
      '30 tuyến',
      '82 cầu',
      '12 tuyến',
      '564 căn',
      '1.100 học sinh',
      'hơn 107,8 tỷ đồng',
      'khen thưởng cho 25 tập thể, cá nhân',
    ]);
    // Every content named, in order, the one without data too.
    const headings = text['tra-vinh-so-ket-2023'].split('\n').filter((p) => /^\d\. Thi đua “Đoàn kết sáng tạo”/.test(p));
    expect(headings.map((h) => h[0])).toEqual(['1', '2', '3', '4', '5']);
    // The PGI article gives no total: none printed.
    expect(text['tra-vinh-so-ket-2023']).not.toMatch(/đứng đầu 63|đứng đầu {2}/);
  });

  it('Cụm thi đua các tổ chức chính trị - xã hội tổng kết 2023, grouped by member unit', () => {
    states('cum-thi-dua-ctxh-tong-ket-2023', [
      '5.197.808.000 đồng, tăng 1,43% so với năm trước',
      '42.190.812.903 đồng',
      '158 dự án',
      '1.269 hộ',
      'hơn 2.000 lao động',
      '91.911 lượt hộ',
      '58.782 hộ, đạt 113% chỉ tiêu giao',
      '18.862.484.719 đồng, đạt 184,93% kế hoạch, tăng 20% so với cùng kỳ',
      '21 đơn vị',
      'hơn 39,381 tỷ đồng',
      '02 đơn vị',
      '39,09 tỷ đồng',
      '02 mô hình chi hội phụ nữ “Xây dựng gia đình 5 có, 3 sạch”',
      '80 thành viên',
      '38 mộ',
      '01 mộ',
      '03 liệt sĩ',
      '01 quân nhân',
      '6.754 sáng kiến, đạt 163,42% chỉ tiêu (4.133 sáng kiến)',
      '6.686 sáng kiến, đạt 161,77%',
      'hơn 24,4 tỷ đồng',
      'gần 167.500 lượt',
      'gần 2 tỷ đồng',
      'hơn 970 đợt',
      'hơn 31.200 lượt',
      '351 lượt',
      '7.020 lượt',
      '08 căn',
      'Cờ thi đua của tỉnh cho 01 tập thể: Hội Nông dân tỉnh',
      'Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể: Liên đoàn Lao động tỉnh, Hội Cựu chiến binh tỉnh',
      'Cụm thi đua gồm 06 đơn vị',
    ]);
    const units = text['cum-thi-dua-ctxh-tong-ket-2023'].split('\n').filter((p) => /^\d\. (Hội|Ủy ban|Liên đoàn|Tỉnh đoàn)/.test(p));
    expect(units).toEqual(['1. Hội Nông dân tỉnh', '2. Ủy ban MTTQ Việt Nam tỉnh', '3. Liên đoàn Lao động tỉnh', '4. Hội Cựu chiến binh tỉnh', '5. Hội Liên hiệp Phụ nữ tỉnh', '6. Tỉnh đoàn']);
    expect(text['cum-thi-dua-ctxh-tong-ket-2023']).not.toMatch(/52\.020|10\.199\.700\.000|15\.718/);
  });

  it('Bắc Kạn: numbers with a thousands dot, a qualifier, counted models', () => {
    states('bac-kan-doan-ket-sang-tao-2020', ['8.400 cuốn', 'hơn 140 người', '18 bộ hồ sơ', '10 sáng kiến, ý tưởng mới', '02 mô hình', 'Sản xuất phân vi sinh phục vụ chăm bón cho cây trồng trong nhà lưới', 'Chế biến các sản phẩm từ thịt lợn được chăn nuôi sạch theo quy trình khép kín', 'Phong trào gồm 05 nội dung thi đua', 'Đề án số 15/ĐA-MTTW-BTT ngày 18/8/2017']);
  });
});

describe('the Tiền Giang launch: a kế hoạch (kind: ke-hoach)', () => {
  it('is a KẾ HOẠCH numbered /KH-, with the movement, its basis and the five contents in order', () => {
    const out = tempDir();
    expect(report(['build', join('examples', 'tien-giang-ke-hoach-2021-2025'), '-o', out]).code).toBe(0);
    const text = paragraphs(zipPart(join(out, 'tien-giang-ke-hoach-2021-2025.docx')));
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Số:       /KH-MTTQ-BTT');
    const body = text.join('\n');
    for (const s of ['Đề án số 15/ĐA-MTTW-BTT ngày 18/8/2017', 'Thông tri số 32/TT-MTTW-BTT ngày 16/4/2018', 'giai đoạn 2021 - 2025', 'với 05 nội dung thi đua', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA', 'TỔ CHỨC THỰC HIỆN']) expect(body).toContain(s);
    // Nothing is said under any content yet: they are listed once, in order.
    const listed = text.filter((p) => /^- Thi đua “Đoàn kết sáng tạo”/.test(p));
    expect(listed).toHaveLength(5);
    expect(listed[0]).toContain('các cơ quan hệ thống chính trị');
    expect(listed[4]).toContain('kiều bào');
  });

  it('a target without a result reads as what to strive for', () => {
    const dir = tempDir();
    cpSync(join('examples', 'tien-giang-ke-hoach-2021-2025'), dir, { recursive: true });
    writeFileSync(join(dir, 'figures.yaml'), 'figures:\n  - { id: mo-hinh, label: "Mô hình “Đoàn kết sáng tạo” được xây dựng", target: 100, measure: "mô hình", content: nd1 }\n');
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const body = paragraphs(zipPart(join(out, `${dir.split('/').pop()}.docx`))).join('\n');
    expect(body).toContain('- Mô hình “Đoàn kết sáng tạo” được xây dựng: phấn đấu 100 mô hình.');
  });

  it('the same folder, with values added and the kind changed, builds the sơ kết against the plan’s targets', () => {
    const dir = tempDir();
    cpSync(join('examples', 'tien-giang-ke-hoach-2021-2025'), dir, { recursive: true });
    writeFileSync(join(dir, 'figures.yaml'), 'figures:\n  - { id: mo-hinh, label: "Mô hình “Đoàn kết sáng tạo” được xây dựng", target: 100, value: 80, measure: "mô hình", content: nd1 }\n');
    edit(dir, 'report.yaml', 'kind: ke-hoach', 'kind: so-ket');
    const out = tempDir();
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    const text = paragraphs(zipPart(join(out, `${dir.split('/').pop()}.docx`)));
    expect(text).toContain('BÁO CÁO');
    expect(text.some((p) => /^Số: +\/BC-/.test(p))).toBe(true);
    expect(text).toContain('- Mô hình “Đoàn kết sáng tạo” được xây dựng: 80 mô hình, đạt 80% chỉ tiêu (100 mô hình).');
  });
});
