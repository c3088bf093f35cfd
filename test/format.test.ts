import { describe, expect, it } from 'vitest';
import { longDate, periodText, shortDate } from '../src/format/dates.js';
import { pointLetter, roman } from '../src/format/numbering.js';
import { formatBillions, formatMoney, formatNumber, formatPercent, pad2 } from '../src/format/numbers.js';
import { moneyToWords, numberToWords } from '../src/format/words.js';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1677)).toBe('1.677');
    expect(formatNumber(8400)).toBe('8.400');
    expect(formatNumber(40.73)).toBe('40,73');
    expect(formatNumber(18862484719)).toBe('18.862.484.719');
    expect(formatNumber(39.381, 3)).toBe('39,381');
    expect(formatNumber(-0.001)).toBe('0');
  });
  it('percent without a space, money with đồng, two-digit counts', () => {
    expect(formatPercent(81.93)).toBe('81,93%');
    expect(formatPercent(112.99884659746252)).toBe('113%');
    expect(formatMoney(18862484719)).toBe('18.862.484.719 đồng');
    expect(formatBillions(39381000000)).toBe('39,381 tỷ đồng');
    expect(formatBillions(107800000000, 1)).toBe('107,8 tỷ đồng');
    expect(pad2(3)).toBe('03');
    expect(pad2(81)).toBe('81');
    expect(pad2(1677)).toBe('1.677');
  });
});

describe('amounts in words', () => {
  it.each([
    [0, 'Không'],
    [15, 'Mười lăm'],
    [21, 'Hai mươi mốt'],
    [105, 'Một trăm linh năm'],
    [1001, 'Một nghìn không trăm linh một'],
    [1_000_005, 'Một triệu không trăm linh năm'],
    [250_000, 'Hai trăm năm mươi nghìn'],
    [2_000_000_000_000, 'Hai nghìn tỷ'],
    [18_862_484_719, 'Mười tám tỷ tám trăm sáu mươi hai triệu bốn trăm tám mươi bốn nghìn bảy trăm mười chín'],
  ])('%d → %s', (n, words) => expect(numberToWords(n)).toBe(words));
  it('money ends with đồng', () => expect(moneyToWords(1_500_000)).toBe('Một triệu năm trăm nghìn đồng'));
});

describe('dates', () => {
  it('pads the day below 10 and the months 1 and 2 only', () => {
    expect(longDate('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(longDate('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(longDate('2023-08-23')).toBe('ngày 23 tháng 8 năm 2023');
    expect(longDate('2023-02-09')).toBe('ngày 09 tháng 02 năm 2023');
  });
  it('short form and periods', () => {
    expect(shortDate('2023-08-23')).toBe('23/8/2023');
    expect(periodText(2018, 2023)).toBe('2018 - 2023');
    expect(periodText(2023, 2023)).toBe('2023');
  });
});

describe('numbering', () => {
  it('Roman numerals and Vietnamese point letters', () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect([1, 4, 5, 6, 7, 10].map(pointLetter)).toEqual(['a', 'd', 'đ', 'e', 'g', 'k']);
  });
});
