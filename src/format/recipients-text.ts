import { pad2 } from './numbers.js';

interface Counts {
  readonly collectives: number;
  readonly individuals: number;
  readonly households: number;
  readonly unsplit?: number;
}

/** `22 tập thể, 48 cá nhân, 05 hộ gia đình`; a count without a split reads `25 tập thể, cá nhân`. */
export function recipientsText(row: Counts, pad = true): string {
  const n = (x: number) => (pad ? pad2(x) : String(x));
  return [
    row.collectives ? `${n(row.collectives)} tập thể` : '',
    row.individuals ? `${n(row.individuals)} cá nhân` : '',
    row.households ? `${n(row.households)} hộ gia đình` : '',
    row.unsplit ? `${n(row.unsplit)} tập thể, cá nhân` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
