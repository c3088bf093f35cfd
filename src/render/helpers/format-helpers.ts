import { longDate, numericDate, periodText, shortDate } from '../../format/dates.js';
import { formatBillions, formatMoney, formatNumber, formatPercent, pad2 } from '../../format/numbers.js';
import { pointLetter, roman } from '../../format/numbering.js';
import { moneyToWords, numberToWords } from '../../format/words.js';

type Helper = (...args: unknown[]) => string;

/** Handlebars passes an options object last; a helper's own arguments come before it. */
const args = (all: unknown[]) => all.slice(0, -1);
const num = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`${name}: cần một số, nhận được ${JSON.stringify(value)}`);
  return value;
};
/** Amounts in words stop at a nghìn tỷ tỷ: past that, a value is a slip, not an amount (and would read forever). */
const wordable = (value: unknown, name: string): number => {
  const n = num(value, name);
  if (Math.abs(n) >= 1e21) throw new Error(`${name}: số quá lớn để đọc thành chữ (${n})`);
  return n;
};
const decimalsOf = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
/** A date as the data holds it (`2023-08-23`); a year or anything else is refused, never printed as NaN. */
const isoDate = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`${name}: cần một ngày dạng 2023-08-23, nhận được ${JSON.stringify(value)}`);
  return value;
};
const bound = (value: unknown, name: string): number | string => (typeof value === 'number' ? value : isoDate(value, name));
const text = (value: unknown, name: string): string => {
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${name}: cần một chuỗi chữ, nhận được ${JSON.stringify(value) ?? String(value)}`);
  return String(value);
};

/** Vietnamese formatting, one helper per convention of shared/reference/conventions.md. */
export const FORMAT_HELPERS: Record<string, Helper> = {
  /** {{number 1677}} → 1.677; {{number 40.734 2}} → 40,73 */
  number: (...all) => {
    const [value, decimals] = args(all);
    return formatNumber(num(value, 'number'), decimalsOf(decimals, 2));
  },
  /** {{percent 81.93}} → 81,93% */
  percent: (...all) => {
    const [value, decimals] = args(all);
    return formatPercent(num(value, 'percent'), decimalsOf(decimals, 2));
  },
  /** {{money 18862484719}} → 18.862.484.719 đồng */
  money: (...all) => formatMoney(num(args(all)[0], 'money')),
  /** {{billions 39381000000}} → 39,381 tỷ đồng */
  billions: (...all) => {
    const [value, decimals] = args(all);
    return formatBillions(num(value, 'billions'), decimalsOf(decimals, 3));
  },
  /** {{words 1001}} → Một nghìn không trăm linh một */
  words: (...all) => numberToWords(wordable(args(all)[0], 'words')),
  /** {{moneyWords 1500000}} → Một triệu năm trăm nghìn đồng */
  moneyWords: (...all) => moneyToWords(wordable(args(all)[0], 'moneyWords')),
  /** {{pad2 3}} → 03 */
  pad2: (...all) => pad2(num(args(all)[0], 'pad2')),
  /** {{dateLong "2024-01-05"}} → ngày 05 tháng 01 năm 2024 */
  dateLong: (...all) => longDate(isoDate(args(all)[0], 'dateLong')),
  /** {{dateNumeric "2024-01-03"}} → 03/01/2024 (lists and tables) */
  dateNumeric: (...all) => numericDate(isoDate(args(all)[0], 'dateNumeric')),
  /** {{dateShort "2023-08-23"}} → 23/8/2023 */
  dateShort: (...all) => shortDate(isoDate(args(all)[0], 'dateShort')),
  /** {{period 2018 2023}} → 2018 - 2023 */
  period: (...all) => {
    const [from, to] = args(all);
    return periodText(bound(from, 'period'), bound(to, 'period'));
  },
  /** {{roman 4}} → IV */
  roman: (...all) => roman(num(args(all)[0], 'roman')),
  /** {{letter 5}} → đ */
  letter: (...all) => pointLetter(num(args(all)[0], 'letter')),
  /** {{rank 48 61}} → 48/61 */
  rank: (...all) => {
    const [rank, of] = args(all);
    return of === undefined || of === null ? String(num(rank, 'rank')) : `${num(rank, 'rank')}/${num(of, 'rank')}`;
  },
  /** {{quantity 58782 "hộ"}} → 58.782 hộ; {{quantity 13.84 "%"}} → 13,84%; {{quantity 5197808000 "đồng"}} → 5.197.808.000 đồng */
  quantity: (...all) => {
    const [value, measure] = args(all);
    const n = num(value, 'quantity');
    if (measure === '%') return formatPercent(n);
    if (measure === 'đồng') return formatMoney(n);
    return measure ? `${formatNumber(n)} ${String(measure)}` : formatNumber(n);
  },
  /** {{upper "Phần kết quả"}} → PHẦN KẾT QUẢ */
  upper: (...all) => text(args(all)[0], 'upper').toLocaleUpperCase('vi'),
};
