import { describe, expect, it } from 'vitest';
import { awardSummary } from '../src/compute/award-summary.js';
import { figureView } from '../src/compute/figure-view.js';
import { issuerSubject } from '../src/compute/issuer-subject.js';
import { headerLines } from '../src/format/header-lines.js';
import { quantityText } from '../src/format/quantity.js';
import { smartQuotes } from '../src/format/smart-quotes.js';
import { awardSentence } from '../src/render/helpers/award-helpers.js';
import { FigureSchema } from '../src/schema/figure.js';
import { ReportSchema } from '../src/schema/report.js';
import { resolveForms } from '../src/schema/resolve-forms.js';
import { parseNumberText } from '../src/schema/stated-number.js';

const context = { unitName: new Map<string, string>(), reportYear: 2022, singleYear: false };
const statement = (input: Record<string, unknown>) => {
  const f = figureView(FigureSchema.parse({ id: 'f', label: 'Nhãn', ...input }), context);
  return f.details;
};

describe('numbers as written', () => {
  it('reads quoted Vietnamese numbers and qualifiers, keeping the digits given', () => {
    expect(parseNumberText('58.782')).toEqual({ value: 58782, decimals: 0 });
    expect(parseNumberText('39,381')).toEqual({ value: 39.381, decimals: 3, comma: true });
    expect(parseNumberText('18.862.484.719')).toEqual({ value: 18862484719, decimals: 0 });
    expect(parseNumberText('hơn 140')).toEqual({ value: 140, decimals: 0, approx: 'hơn' });
    expect(parseNumberText('gần 167.500')).toEqual({ value: 167500, decimals: 0, approx: 'gần' });
    expect(parseNumberText('21.103,29')).toEqual({ value: 21103.29, decimals: 2, comma: true });
    expect(parseNumberText('-2,37')).toEqual({ value: -2.37, decimals: 2, comma: true });
  });
  it('refuses what it would have to guess', () => {
    expect(parseNumberText('40.73')).toBe('DOT_DECIMAL_TEXT');
    expect(parseNumberText('nhiều')).toBe('BAD_NUMBER_TEXT');
    expect(parseNumberText('chừng 5')).toBe('BAD_QUALIFIER');
    expect(parseNumberText('1.23.456')).toBe('BAD_NUMBER_TEXT');
  });
  it('prints the digits given, never rounded: 39,381 stays 39,381; 39,090 keeps its zero', () => {
    expect(quantityText({ value: 39.381, decimals: 3, approx: 'hơn' }, 'tỷ đồng')).toBe('hơn 39,381 tỷ đồng');
    expect(quantityText({ value: 39.09, decimals: 3 }, 'tỷ đồng')).toBe('39,090 tỷ đồng');
    expect(quantityText({ value: 18862484719, decimals: 0 }, 'đồng')).toBe('18.862.484.719 đồng');
    expect(quantityText({ value: 59.5, decimals: 1 }, '%')).toBe('59,5%');
  });
  it('pads counts of things below 10, and only those', () => {
    expect(quantityText({ value: 1, decimals: 0 }, 'Liên hiệp hợp tác xã')).toBe('01 Liên hiệp hợp tác xã');
    expect(quantityText({ value: 6, decimals: 0 }, 'đợt')).toBe('06 đợt');
    expect(quantityText({ value: 2, decimals: 0 }, 'tỷ đồng')).toBe('2 tỷ đồng');
    expect(quantityText({ value: 5, decimals: 0 }, '%')).toBe('5%');
  });
  it('an unquoted 8.400 on a count is not a whole number (YAML reads 8,4)', () => {
    expect(FigureSchema.parse({ id: 'f', label: 'x', value: 8.4, measure: 'cuốn' }).value).toEqual({ value: 8.4, decimals: 1 });
    expect(FigureSchema.safeParse({ id: 'f', label: 'x', value: '8.400', measure: 'cuốn' }).data?.value).toEqual({ value: 8400, decimals: 0 });
  });
});

describe('figures as stated', () => {
  it('attainment with its basis word, as stated, the plan value only when given', () => {
    expect(statement({ value: '3.085', measure: 'tỷ đồng', attainment: 59.5, target_basis: 'du-toan' })).toBe('3.085 tỷ đồng, đạt 59,5% dự toán');
    expect(statement({ attainment: 'đạt', target_basis: 'ke-hoach' })).toBe('đạt kế hoạch');
    expect(statement({ attainment: 'đạt và vượt', target_basis: 'ke-hoach' })).toBe('đạt và vượt kế hoạch');
    expect(statement({ value: 58782, measure: 'hộ', target: 52020 })).toBe('58.782 hộ, đạt 113% chỉ tiêu (52.020 hộ)');
    expect(statement({ attainment: 90.93, target_basis: 'nghi-quyet' })).toBe('đạt 90,93% Nghị quyết');
    expect(statement({ value: 1, measure: 'x', attainment: 12, target_basis: 'chương trình hành động' })).toContain('đạt 12% chương trình hành động');
  });
  it('a stated change is printed as stated; a negative one reads giảm; compared to what the source says', () => {
    expect(statement({ value: '63.818', measure: 'tỷ đồng', change: 549, compared_to: 'năm 2020' })).toBe('63.818 tỷ đồng, tăng 549 tỷ đồng so với năm 2020');
    expect(statement({ change_percent: -2.37 })).toBe('giảm 2,37% so với cùng kỳ');
    expect(statement({ value: -2.37, measure: '%' })).toBe('giảm 2,37%');
    expect(statement({ value: 100, measure: 'hộ', previous: 80, change_percent: 20 })).toBe('100 hộ, tăng 20% so với cùng kỳ');
    // A stated figure is never replaced by a computed one.
    expect(statement({ value: 100, measure: 'hộ', previous: 90, change_percent: 20 })).toBe('100 hộ, tăng 20% so với cùng kỳ');
    expect(statement({ value: 100, measure: 'hộ', previous: 80 })).toBe('100 hộ, tăng 25% so với cùng kỳ');
  });
  it('qualifier from approx; period with its year', () => {
    const f = figureView(FigureSchema.parse({ id: 'f', label: 'Thu ngân sách', value: 140, measure: 'người', approx: 'hon', period: '6 tháng đầu năm', year: 2022 }), context);
    expect(f.details).toBe('hơn 140 người');
    expect(f.subject).toBe('Thu ngân sách 6 tháng đầu năm 2022');
  });
  it('a computed share never overstates: 99,996% is not 100%', () => {
    expect(statement({ value: 99996, target: 100000, measure: 'hộ' })).toContain('đạt 99,99% chỉ tiêu');
  });
});

describe('awards without a split, with a note, named', () => {
  const forms = resolveForms([]);
  it('khen thưởng 25 tập thể, cá nhân; a note after the form; few recipients named', () => {
    const rows = awardSummary(
      [{ form: 'huan-chuong-doc-lap-hang-nhi', recipient: 'ca-nhan', name: 'Trần Trí Dũng', gender: 'nam', status: 'granted' }],
      [{ form: 'co-thi-dua-chinh-phu', collectives: 4, note: 'ngành Giáo dục' }, { total: 25 }],
      forms,
    );
    expect(awardSentence(rows, { named: 5 })).toBe('Huân chương Độc lập hạng Nhì cho 01 cá nhân (Ông Trần Trí Dũng); Cờ thi đua của Chính phủ (ngành Giáo dục) cho 04 tập thể và các hình thức khác cho 25 tập thể, cá nhân');
    expect(awardSentence(awardSummary([], [{ total: 25 }], forms))).toBe('25 tập thể, cá nhân');
  });
});

describe('words from the data', () => {
  it('straight quotes become “ ”', () => {
    expect(smartQuotes('Quỹ "Vì người nghèo" và ("Tết Quân - Dân")')).toBe('Quỹ “Vì người nghèo” và (“Tết Quân - Dân”)');
  });
  it('the issuer as the subject of the opening sentence', () => {
    const base = ReportSchema.shape.issuer.parse({ name: 'BAN THƯỜNG TRỰC', parent: 'ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH', abbreviation: 'MTTQ-BTT' });
    const report = { issuer: base } as Parameters<typeof issuerSubject>[0];
    expect(issuerSubject(report, [])).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh');
    const ubnd = { issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH TRÀ VINH', abbreviation: 'UBND' } } as Parameters<typeof issuerSubject>[0];
    expect(issuerSubject(ubnd, [])).toBe('Ủy ban nhân dân tỉnh Trà Vinh');
  });
  it('header lines break before the administrative level, never inside a name; lists print as given', () => {
    const fits = (line: string) => line.length <= 26;
    expect(headerLines('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG', fits)).toEqual(['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH VĨNH LONG']);
    expect(headerLines('HỘI NÔNG DÂN TỈNH PHÚ YÊN', (l) => l.length <= 20)).toEqual(['HỘI NÔNG DÂN', 'TỈNH PHÚ YÊN']);
    expect(headerLines('ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI', (l) => l.length <= 20)).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ XÃ DUYÊN HẢI']);
    expect(headerLines(['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH VĨNH LONG'], () => false)).toEqual(['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH VĨNH LONG']);
    expect(headerLines('BAN THƯỜNG TRỰC', () => true)).toEqual(['BAN THƯỜNG TRỰC']);
  });
});
