import { describe, expect, it } from 'vitest';
import { attainment } from '../src/compute/attainment.js';
import { awardSummary } from '../src/compute/award-summary.js';
import { describeChange, percentChange } from '../src/compute/change.js';
import { indicatorChange } from '../src/compute/indicator-change.js';
import { modelSummary } from '../src/compute/model-summary.js';
import { indicatorView } from '../src/compute/indicator-view.js';
import { largestRemainder, ocopSummary } from '../src/compute/ocop-shares.js';
import { awardSentence } from '../src/render/helpers/award-helpers.js';
import { resolveForms } from '../src/schema/resolve-forms.js';

describe('OCOP shares (Trà Vinh 2023: 141 / 38 / 3 / 6 of 188)', () => {
  it('round by largest remainder to 75 / 20 / 2 / 3, adding up to 100', () => {
    const s = ocopSummary({ year: 2023, subjects: 118, three_star: 141, four_star: 38, five_star: 3, potential_five_star: 6 });
    expect(s.products).toBe(188);
    expect(s.classes.map((c) => c.share)).toEqual([75, 20, 2, 3]);
  });
  it('always sums to the total, even where plain rounding would not', () => {
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(largestRemainder([0, 0], 100)).toEqual([0, 0]);
  });
});

describe('figures', () => {
  it('attainment against target: 58.782 of 52.020 → 113%', () => {
    expect(Math.round(attainment(58782, 52020)!)).toBe(113);
    expect(attainment(5, undefined)).toBeUndefined();
  });
  it('change against previous: tăng 20%, giảm, giữ nguyên', () => {
    expect(describeChange(percentChange(18862484719, 15718737266)!, '%')).toBe('tăng 20%');
    expect(describeChange(-1.25, ' điểm')).toBe('giảm 1,25 điểm');
    expect(describeChange(0, ' bậc', 0)).toBe('giữ nguyên');
  });
  const score = (value: number) => ({ value, decimals: 2 });
  it('indicator rank change only between years ranked out of the same total', () => {
    const same = [
      { code: 'PAPI', year: 2021, score: score(41.98), rank: 51, of: 63 },
      { code: 'PAPI', year: 2022, score: score(40.73), rank: 48, of: 63 },
    ];
    const change = indicatorChange(same[1], same)!;
    expect(change.rankGain).toBe(3);
    expect(indicatorView(same[1], same).changeText).toBe('tăng 3 bậc, giảm 1,25 điểm so với năm 2021');
  });
  it('after the merger of provinces (63 → 34) the earlier rank is stated as it was', () => {
    const merged = [
      { code: 'PAPI', year: 2024, rank: 12, of: 63 },
      { code: 'PAPI', year: 2025, rank: 5, of: 34 },
    ];
    const view = indicatorView(merged[1], merged);
    expect(view.rankGain).toBeNull();
    expect(view.changeText).toBe('năm 2024 đứng thứ 12/63');
    expect(view.rankText).toBe('đứng thứ 5/34 tỉnh, thành phố');
  });
  it('rank without a total, rank 1, and what is ranked', () => {
    expect(indicatorView({ code: 'PGI', year: 2022, rank: 1 }, []).rankText).toBe('đứng đầu các tỉnh, thành phố');
    expect(indicatorView({ code: 'PCI', year: 2022, rank: 5 }, []).rankText).toBe('đứng thứ 5');
    expect(indicatorView({ code: 'DDCI', year: 2023, rank: 2, of: 9, among: 'huyện, thị xã, thành phố' }, []).rankText).toBe('đứng thứ 2/9 huyện, thị xã, thành phố');
  });
  it('model summary: listed and counted models by their words, no zero part, replicated added up', () => {
    const summary = modelSummary(
      [
        { id: 'a', name: 'A', type: 'mo-hinh', unit: 'u1', content: 'nd1', replicated: true },
        { id: 'c', name: 'C', type: 'mo-hinh', unit: 'u2', content: 'nd1' },
      ],
      [{ type: 'sang-kien', count: { value: 10, decimals: 0 }, label: 'sáng kiến, ý tưởng mới', year: 2020, replicated: { value: 4, decimals: 0 } }],
    );
    expect(summary).toMatchObject({ total: 12, replicated: 5, partsText: '02 mô hình; 10 sáng kiến, ý tưởng mới (năm 2020)' });
    expect(summary.partsText).not.toContain('00');
  });
});

describe('award summary (Trà Vinh 2022 counts)', () => {
  const counts = [
    { form: 'bang-khen-tinh', collectives: 44 },
    { form: 'co-thi-dua-tinh', collectives: 27 },
    { form: 'bang-khen-thu-tuong', collectives: 3, individuals: 81 },
    { form: 'co-thi-dua-chinh-phu', collectives: 4 },
    { form: 'huan-chuong-lao-dong-hang-ba', collectives: 2, individuals: 4 },
    { form: 'huan-chuong-lao-dong-hang-nhi', individuals: 2 },
    { form: 'huan-chuong-lao-dong-hang-nhat', individuals: 1 },
    { form: 'huan-chuong-doc-lap-hang-nhi', individuals: 1 },
  ];
  const rows = awardSummary([], counts, resolveForms([]));

  it('orders forms by precedence, whatever order the data has', () => {
    expect(rows.map((r) => r.form)).toEqual([
      'huan-chuong-doc-lap-hang-nhi',
      'huan-chuong-lao-dong-hang-nhat',
      'huan-chuong-lao-dong-hang-nhi',
      'huan-chuong-lao-dong-hang-ba',
      'co-thi-dua-chinh-phu',
      'bang-khen-thu-tuong',
      'co-thi-dua-tinh',
      'bang-khen-tinh',
    ]);
  });

  it('prints the summary sentence of the reference', () => {
    expect(awardSentence(rows)).toBe(
      'Huân chương Độc lập hạng Nhì cho 01 cá nhân; Huân chương Lao động hạng Nhất cho 01 cá nhân; Huân chương Lao động hạng Nhì cho 02 cá nhân; Huân chương Lao động hạng Ba cho 02 tập thể, 04 cá nhân; Cờ thi đua của Chính phủ cho 04 tập thể; Bằng khen của Thủ tướng Chính phủ cho 03 tập thể, 81 cá nhân; Cờ thi đua của tỉnh cho 27 tập thể và Bằng khen của Chủ tịch UBND tỉnh cho 44 tập thể',
    );
  });

  it('a list wins over a count for the same form; households counted; own forms take their precedence', () => {
    const forms = resolveForms([{ id: 'bang-khen-hoi', name: 'Bằng khen của Hội', precedence: 5 }]);
    const list = [
      { form: 'giay-khen', recipient: 'ho-gia-dinh' as const, name: 'Hộ A', status: 'granted' as const },
      { form: 'giay-khen', recipient: 'tap-the' as const, name: 'B', status: 'granted' as const },
      { form: 'bang-khen-hoi', recipient: 'ca-nhan' as const, name: 'C', status: 'granted' as const },
    ];
    const summary = awardSummary(list, [{ form: 'giay-khen', collectives: 9 }], forms);
    expect(summary.map((r) => [r.form, r.collectives, r.individuals, r.households])).toEqual([
      ['bang-khen-hoi', 0, 1, 0],
      ['giay-khen', 1, 0, 1],
    ]);
    expect(awardSentence(summary)).toBe('Bằng khen của Hội cho 01 cá nhân và Giấy khen cho 01 tập thể, 01 hộ gia đình');
  });
});
