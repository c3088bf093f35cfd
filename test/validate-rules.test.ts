import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../src/validate/validate-folder.js';
import { edit, report, reportFolder } from './helpers.js';

/** Line and column (1-based) of the first `needle` in `text`, after `after` when given. */
function at(text: string, needle: string, after = ''): { line: number; column: number } {
  const start = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, start);
  if (offset < 0 || start < 0) throw new Error(`fixture has no ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const UNITS = `units:
  - { id: ubmttq-tinh, name: "Ủy ban MTTQ Việt Nam tỉnh", type: mttq }
  - { id: hoi-nong-dan, name: "Hội Nông dân tỉnh", parent: ubmttq-tinh, role: truong-khoi }
  - { id: hoi-lhpn, name: "Hội Liên hiệp Phụ nữ tỉnh", parent: ubmttq-tinh, role: pho-khoi }
`;

interface Case {
  name: string;
  file: string;
  text: string;
  code: string;
  /** Where the diagnostic must point: the first occurrence of this text (after `after`). */
  needle: string;
  after?: string;
  severity?: 'error' | 'warning';
}

const CASES: Case[] = [
  { name: 'wrong type', file: 'indicators.yaml', text: 'indicators:\n  - { code: PAPI, year: "năm 2022", score: 40.73 }\n', code: 'WRONG_TYPE', needle: '"năm 2022"' },
  { name: 'missing required field', file: 'units.yaml', text: UNITS + '  - { id: xa-moi, type: xa }\n', code: 'MISSING_FIELD', needle: '{ id: xa-moi' },
  { name: 'unknown key, with did-you-mean', file: 'units.yaml', text: UNITS + '  - id: xa-moi\n    nmae: "Xã Mới"\n', code: 'UNKNOWN_KEY', needle: 'nmae' },
  { name: 'bad id syntax', file: 'units.yaml', text: UNITS + '  - { id: Xa_Moi, name: "Xã Mới" }\n', code: 'BAD_ID', needle: 'Xa_Moi' },
  { name: 'duplicate id within a kind', file: 'units.yaml', text: UNITS + '  - { id: hoi-lhpn, name: "Hội Phụ nữ (trùng)" }\n', code: 'DUPLICATE_ID', needle: 'hoi-lhpn', after: '{ id: hoi-lhpn, name: "Hội Phụ nữ (trùng)' },
  { name: 'reference to an unknown unit', file: 'models.yaml', text: 'models:\n  - { id: m1, name: "Mô hình", type: mo-hinh, unit: hoi-nong-dn }\n', code: 'UNKNOWN_REF', needle: 'hoi-nong-dn' },
  { name: 'reference to an unknown content', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Hộ", value: 1, content: nd9 }\n', code: 'UNKNOWN_REF', needle: 'nd9' },
  { name: 'reference to an unknown form', file: 'awards.yaml', text: 'awards:\n  - { form: bang-khen-xyz, recipient: tap-the, name: "Hội Nông dân tỉnh" }\n', code: 'UNKNOWN_REF', needle: 'bang-khen-xyz' },
  { name: 'reference to an unknown parent', file: 'units.yaml', text: UNITS + '  - { id: xa-moi, name: "Xã Mới", parent: huyen-khong-co }\n', code: 'UNKNOWN_REF', needle: 'huyen-khong-co' },
  { name: 'cycle in unit parents', file: 'units.yaml', text: UNITS + '  - { id: cum-a, name: "Cụm A", parent: cum-b }\n  - { id: cum-b, name: "Cụm B", parent: cum-a }\n', code: 'UNIT_CYCLE', needle: 'cum-b', after: '{ id: cum-a' },
  { name: 'rank above of', file: 'indicators.yaml', text: 'indicators:\n  - { code: PAPI, year: 2022, score: 40.73, rank: 68, of: 61 }\n', code: 'RANK_OVER_OF', needle: '68' },
  { name: 'of above 63 for a provincial index', file: 'indicators.yaml', text: 'indicators:\n  - { code: PCI, year: 2022, score: 65, rank: 10, of: 64 }\n', code: 'OF_OVER_PROVINCES', needle: '64' },
  { name: 'negative count', file: 'indicators.yaml', text: 'ocop:\n  - { year: 2023, three_star: -3 }\n', code: 'NEGATIVE', needle: '-3' },
  { name: 'percent over 100', file: 'indicators.yaml', text: 'indicators:\n  - { code: SIPAS, year: 2022, score: 101.5, rank: 19, of: 63 }\n', code: 'PERCENT_OVER_100', needle: '101.5' },
  { name: 'impossible date', file: 'awards.yaml', text: 'awards:\n  - { form: giay-khen, recipient: tap-the, name: "Hội Nông dân tỉnh", decision_date: 2023-02-30 }\n', code: 'IMPOSSIBLE_DATE', needle: '2023-02-30' },
  { name: 'date not in ISO form', file: 'awards.yaml', text: 'awards:\n  - { form: giay-khen, recipient: tap-the, name: "Hội Nông dân tỉnh", decision_date: 30/8/2023 }\n', code: 'BAD_DATE', needle: '30/8/2023' },
  { name: 'two entries for one indicator and year', file: 'indicators.yaml', text: 'indicators:\n  - { code: PAPI, year: 2022, score: 40.73 }\n  - { code: PAPI, year: 2022, score: 41 }\n', code: 'DUPLICATE_INDICATOR', needle: '{ code: PAPI, year: 2022, score: 41' },
  { name: 'form given to a recipient kind it does not admit', file: 'awards.yaml', text: 'awards:\n  - { form: co-thi-dua-tinh, recipient: ca-nhan, name: "Nguyễn Văn A" }\n', code: 'RECIPIENT_NOT_ADMITTED', needle: 'ca-nhan' },
  { name: 'award_counts disagreeing with the list', file: 'awards.yaml', text: 'awards:\n  - { form: giay-khen, recipient: tap-the, name: "Hội Nông dân tỉnh" }\naward_counts:\n  - { form: giay-khen, collectives: 3 }\n', code: 'AWARD_COUNT_MISMATCH', needle: '{ form: giay-khen, collectives', severity: 'warning' },
  { name: 'value outside an enumeration', file: 'awards.yaml', text: 'awards:\n  - { form: giay-khen, recipient: nguoi, name: "A" }\n', code: 'BAD_VALUE', needle: 'nguoi' },
  { name: 'unknown indicator code without a name', file: 'indicators.yaml', text: 'indicators:\n  - { code: XYZ, year: 2022, score: 1 }\n', code: 'INDICATOR_NAME_REQUIRED', needle: 'XYZ' },
  { name: 'count that is not whole', file: 'models.yaml', text: 'models:\n  - { id: m1, name: "Mô hình", type: mo-hinh, unit: hoi-lhpn, participants: 1.5 }\n', code: 'NOT_WHOLE_COUNT', needle: '1.5' },
  { name: 'a count written with a thousands dot, unquoted (8.400 is 8,4 to YAML)', file: 'figures.yaml', text: 'figures:\n  - { id: ban-tin, label: "Bản tin", value: 8.400, measure: "cuốn" }\n', code: 'NOT_WHOLE_COUNT', needle: '8.400' },
  { name: 'a quoted number with an unknown qualifier', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Hộ", value: "chừng 140", measure: "hộ" }\n', code: 'BAD_QUALIFIER', needle: '"chừng 140"' },
  { name: 'a quoted number with a decimal dot', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Điểm", value: "40.73", measure: "điểm" }\n', code: 'DOT_DECIMAL_TEXT', needle: '"40.73"' },
  { name: 'a figure that states nothing', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Hộ", measure: "hộ" }\n', code: 'FIGURE_SAYS_NOTHING', needle: 'f1' },
  { name: 'a stated attainment its own numbers contradict', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Hộ", value: 58782, target: 52020, attainment: 120, measure: "hộ" }\n', code: 'STATED_DISAGREES', needle: '120', severity: 'warning' },
  { name: 'a stated attainment that only rounds differently is fine; a stated change that disagrees is not', file: 'figures.yaml', text: 'figures:\n  - { id: f1, label: "Hộ", value: 58782, target: 52020, attainment: 113, previous: 58000, change: 700, measure: "hộ" }\n', code: 'STATED_DISAGREES', needle: '700', severity: 'warning' },
  { name: 'the same award row twice', file: 'awards.yaml', text: 'awards:\n  - { form: giay-khen, recipient: tap-the, name: "Hội Nông dân tỉnh" }\n  - { form: giay-khen, recipient: tap-the, name: "Hội Nông dân tỉnh" }\n', code: 'DUPLICATE_AWARD', needle: '"Hội Nông dân tỉnh"', after: 'tỉnh" }\n  - {', severity: 'warning' },
  { name: 'a total that disagrees with its split', file: 'awards.yaml', text: 'award_counts:\n  - { form: giay-khen, total: 5, collectives: 3 }\n', code: 'AWARD_TOTAL_MISMATCH', needle: '5', severity: 'warning' },
  { name: 'counted models pointing at an unknown content', file: 'models.yaml', text: 'model_counts:\n  - { type: mo-hinh, count: 206, content: nd9 }\n', code: 'UNKNOWN_REF', needle: 'nd9' },
  { name: 'empty text', file: 'units.yaml', text: UNITS + '  - { id: xa-moi, name: "" }\n', code: 'EMPTY_TEXT', needle: '""' },
];

describe('validation rules: each broken fixture gives its code at its place', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = reportFolder({ [c.file]: c.text });
      const { diagnostics, data } = validateFolder(dir);
      const found = diagnostics.filter((d) => d.code === c.code);
      expect(found, JSON.stringify(diagnostics)).toHaveLength(1);
      const expected = at(c.text, c.needle, c.after);
      expect(found[0]).toMatchObject({ file: expect.stringMatching(new RegExp(`${c.file.replace('.', '\\.')}$`)), ...expected, severity: c.severity ?? 'error' });
      if ((c.severity ?? 'error') === 'error') expect(data).toBeUndefined();
      else expect(data).toBeDefined();
    });
  }

  it('prose under an unknown content is an error at its key; a report dated before its period ends is a warning', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', 'narrative:\n', 'narrative:\n  contents:\n    nd7: "Đoạn văn"\n');
    edit(dir, 'report.yaml', 'date: 2024-12-20', 'date: 2023-12-20');
    const text = readFileSync(join(dir, 'report.yaml'), 'utf8');
    const { diagnostics } = validateFolder(dir);
    expect(diagnostics.find((d) => d.code === 'UNKNOWN_REF')).toMatchObject({ ...at(text, 'nd7'), args: { id: 'nd7', suggestion: 'nd1' } });
    expect(diagnostics.find((d) => d.code === 'DATED_BEFORE_PERIOD_END')).toMatchObject({ severity: 'warning', ...at(text, '2023-12-20') });
  });

  it('suggests the near field name and the near id', () => {
    const dir = reportFolder({ 'units.yaml': UNITS + '  - id: xa-moi\n    nmae: "Xã Mới"\n', 'models.yaml': 'models:\n  - { id: m1, name: "M", type: mo-hinh, unit: hoi-nong-dn }\n' });
    const { diagnostics } = validateFolder(dir);
    expect(diagnostics.find((d) => d.code === 'UNKNOWN_KEY')?.args.suggestion).toBe('name');
    expect(diagnostics.find((d) => d.code === 'UNKNOWN_REF')?.args.suggestion).toBe('hoi-nong-dan');
  });

  it('reports report.yaml problems: impossible date and a reversed period, both at once', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', 'date: 2024-12-20', 'date: 2024-02-30');
    edit(dir, 'report.yaml', 'period: { from: 2024, to: 2024 }', 'period: { from: 2025, to: 2024 }');
    const text = readFileSync(join(dir, 'report.yaml'), 'utf8');
    const { diagnostics } = validateFolder(dir);
    expect(diagnostics.find((d) => d.code === 'IMPOSSIBLE_DATE')).toMatchObject(at(text, '2024-02-30'));
    expect(diagnostics.find((d) => d.code === 'PERIOD_REVERSED')).toMatchObject(at(text, '2025'));
  });

  it('collects every problem, not the first only', () => {
    const dir = reportFolder({
      'indicators.yaml': 'indicators:\n  - { code: PAPI, year: 2022, rank: 70, of: 61 }\n  - { code: SIPAS, year: 2022, score: 120 }\n',
      'awards.yaml': 'awards:\n  - { form: co-thi-dua-tinh, recipient: ca-nhan, name: "A" }\n',
    });
    const codes = validateFolder(dir).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['RANK_OVER_OF', 'PERCENT_OVER_100', 'RECIPIENT_NOT_ADMITTED']));
  });

  it('a broken unit does not also make every reference to it an error', () => {
    const dir = reportFolder({ 'units.yaml': UNITS.replace('name: "Hội Liên hiệp Phụ nữ tỉnh"', 'nmae: "Hội Liên hiệp Phụ nữ tỉnh"') });
    const codes = validateFolder(dir).diagnostics.map((d) => d.code);
    expect(codes).toContain('UNKNOWN_KEY');
    expect(codes).not.toContain('UNKNOWN_REF');
  });

  it('the CLI exits 1 with file:line:column and no stack trace', () => {
    const dir = reportFolder({ 'indicators.yaml': 'indicators:\n  - { code: PAPI, year: 2022, score: 40.73, rank: 68, of: 61 }\n' });
    const result = report(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/indicators\.yaml:2:51 {2}lỗi {2}Thứ hạng 68 lớn hơn tổng số 61 {2}\[RANK_OVER_OF\]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
