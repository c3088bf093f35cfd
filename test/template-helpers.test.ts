import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../src/render/render-template.js';

const render = (text: string, view: object = {}) => renderTemplate({ main: { path: '/mau/report.hbs', text }, partials: new Map() }, view);

describe('template helpers, as a template uses them', () => {
  it.each([
    ['{{number 1677}} {{number 40.734 2}}', '1.677 40,73'],
    ['{{percent 81.93}}', '81,93%'],
    ['{{money 18862484719}}', '18.862.484.719 đồng'],
    ['{{billions 39381000000}}', '39,381 tỷ đồng'],
    ['{{quantity 58782 "hộ"}}; {{quantity 13.84 "%"}}', '58.782 hộ; 13,84%'],
    ['{{words 1001}}', 'Một nghìn không trăm linh một'],
    ['{{moneyWords 1500000}}', 'Một triệu năm trăm nghìn đồng'],
    ['{{pad2 3}}', '03'],
    ['{{dateLong "2024-01-05"}}', 'ngày 05 tháng 01 năm 2024'],
    ['{{dateShort "2023-08-23"}}', '23/8/2023'],
    ['{{period 2018 2023}}', '2018 - 2023'],
    ['{{roman 4}} {{letter 5}}', 'IV đ'],
    ['{{rank 48 61}}', '48/61'],
    ['{{change 20 "%"}}, {{change -1.25 " điểm"}}, {{rankChange 3}}', 'tăng 20%, giảm 1,25 điểm, tăng 3 bậc'],
    ['{{upper "Tồn tại"}}', 'TỒN TẠI'],
    ['{{#if (or 0 "x")}}có{{/if}} {{inc 0}} {{concat "a" 1 "b"}}', 'có 1 a1b'],
  ])('%s', (template, expected) => expect(render(template).markdown).toBe(expected));

  it('numbers sections as it goes, so a skipped one takes no number', () => {
    const text = '{{part "A"}}\n{{section "X"}}\n{{#if no}}{{section "BỎ"}}{{/if}}\n{{section "Y"}}\n{{sub "p"}}\n{{point "q"}}\n{{part "B"}}\n{{section "Z"}}';
    expect(render(text, { no: false }).markdown).toBe('# PHẦN I\n\n# A\n## I. X\n\n## II. Y\n### 1. p\n#### a) q\n# PHẦN II\n\n# B\n## I. Z');
  });

  it('awardSentence and recipients', () => {
    const rows = [
      { name: 'Huân chương Lao động hạng Ba', collectives: 2, individuals: 4, households: 0 },
      { name: 'Bằng khen của Chủ tịch UBND tỉnh', collectives: 44, individuals: 0, households: 0 },
    ];
    expect(render('{{awardSentence rows}}.', { rows }).markdown).toBe('Huân chương Lao động hạng Ba cho 02 tập thể, 04 cá nhân và Bằng khen của Chủ tịch UBND tỉnh cho 44 tập thể.');
    expect(render('{{awardSentence rows false}}', { rows }).markdown).toContain('cho 2 tập thể, 4 cá nhân');
  });

  it('strict: a missing field is an error naming the template file, line and column', () => {
    const result = render('Dòng một\n\nCó {{khong.co}} ở đây');
    expect(result.markdown).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'TEMPLATE_MISSING_FIELD', args: { field: 'khong.co' }, line: 3, column: 6 }]);
    expect(result.diagnostics[0].file).toMatch(/mau\/report\.hbs$/);
  });

  it('a syntax error names the line', () => {
    expect(render('a\n{{#if x}}\nb').diagnostics).toMatchObject([{ code: 'TEMPLATE_SYNTAX' }]);
  });
});
