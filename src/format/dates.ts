/** Dates the Vietnamese administrative way (Nghị định 30). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function parseIsoDate(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/** Day below 10 and months 1 and 2 take a leading zero: `ngày 05 tháng 01 năm 2024`. */
export function longDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** `23/8/2023` as written in prose. */
export function shortDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}/${month}/${year}`;
}

/** `03/01/2024`: day and month on two digits, as lists and tables print dates. */
export function numericDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A period `2018 - 2023`, or one year alone; dates print short. */
export function periodText(from: number | string, to: number | string): string {
  const show = (bound: number | string) => (typeof bound === 'number' ? String(bound) : shortDate(bound));
  return show(from) === show(to) ? show(from) : `${show(from)} - ${show(to)}`;
}

/** "năm 2023" for one year, "giai đoạn 2018 - 2023" for several. */
export function periodPhrase(from: number | string, to: number | string): string {
  const text = periodText(from, to);
  return text.includes(' - ') ? `giai đoạn ${text}` : `năm ${text}`;
}

/** The year of a period bound: a year as written, or the year of a date. */
export const yearOf = (bound: number | string): number => (typeof bound === 'number' ? bound : Number(bound.slice(0, 4)));
