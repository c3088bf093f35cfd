import { documentType } from '../schema/document-types.js';
import { longDate } from './dates.js';

interface Numbered {
  readonly kind?: string;
  readonly number?: string | number;
  readonly issuer: { readonly abbreviation: string };
  readonly place: string;
  readonly date: string;
}

/** `Số: 125/BC-MTTQ-BTT`; an unnumbered draft leaves the number blank; numbers below 10 take a leading zero. */
export function documentNumber(report: Numbered): string {
  const raw = report.number === undefined ? '' : String(report.number);
  // A number written whole (`1234/QĐ-UBND`, as a decision on an award carries it) prints as written.
  if (raw.includes('/')) return `Số: ${raw}`;
  const number = /^\d$/.test(raw) ? `0${raw}` : raw;
  return `Số: ${number || '      '}/${documentType(report.kind).code}-${report.issuer.abbreviation}`;
}

/** `Trà Vinh, ngày 23 tháng 8 năm 2023`. */
export const placeAndDate = (report: Numbered) => `${report.place}, ${longDate(report.date)}`;
