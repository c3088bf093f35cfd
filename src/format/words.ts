/** Amounts in words (bằng chữ): `1001` → `Một nghìn không trăm linh một`. */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Three digits; `full` when a higher group precedes, so zeros are read out. */
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (ones > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens], 'mươi');
  if (ones > 0) {
    if (ones === 1 && tens >= 2) words.push('mốt');
    else if (ones === 5 && tens >= 1) words.push('lăm');
    else words.push(DIGITS[ones]);
  }
  return words.join(' ');
}

const GROUP_NAMES = [' triệu', ' nghìn', ''];

/** Below a billion: triệu, nghìn, units; zero groups are skipped, the next one read in full. */
function readBelowBillion(n: number, full: boolean): string {
  const groups = [Math.floor(n / 1e6), Math.floor((n % 1e6) / 1000), n % 1000];
  const parts: string[] = [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    parts.push(readTriple(group, full || parts.length > 0) + GROUP_NAMES[i]);
  });
  return parts.join(' ');
}

function read(n: number, full: boolean): string {
  if (n < 1e9) return readBelowBillion(n, full);
  const low = n % 1e9;
  const high = read(Math.floor(n / 1e9), full);
  return `${high} tỷ${low > 0 ? ` ${readBelowBillion(low, true)}` : ''}`;
}

/** `1001` → `Một nghìn không trăm linh một`; groups of three with nghìn, triệu, tỷ, nghìn tỷ. */
export function numberToWords(value: number): string {
  const n = Math.floor(Math.abs(value));
  const text = n === 0 ? 'không' : (value < 0 ? 'âm ' : '') + read(n, false);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function moneyToWords(value: number): string {
  return `${numberToWords(Math.round(value))} đồng`;
}
