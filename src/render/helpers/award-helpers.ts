import type { AwardSummaryRow } from '../../compute/award-summary.js';
import { pad2 } from '../../format/numbers.js';

type Helper = (...args: unknown[]) => string;
const args = (all: unknown[]) => all.slice(0, -1);

/** `22 tập thể, 48 cá nhân, 05 hộ gia đình` (zero-padded unless `pad` is false). */
export function recipientsText(row: Pick<AwardSummaryRow, 'collectives' | 'individuals' | 'households'>, pad = true): string {
  const n = (x: number) => (pad ? pad2(x) : String(x));
  return [
    row.collectives ? `${n(row.collectives)} tập thể` : '',
    row.individuals ? `${n(row.individuals)} cá nhân` : '',
    row.households ? `${n(row.households)} hộ gia đình` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** `A cho 01 cá nhân; B cho 02 tập thể, 04 cá nhân và C cho 44 tập thể` in precedence order. */
export function awardSentence(rows: readonly AwardSummaryRow[], pad = true): string {
  const items = rows.map((row) => `${row.name} cho ${recipientsText(row, pad)}`);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`;
}

export const AWARD_HELPERS: Record<string, Helper> = {
  /** {{awardSentence awards.granted}}; {{awardSentence awards.granted false}} without zero padding */
  awardSentence: (...all) => {
    const [rows, pad] = args(all);
    return awardSentence(rows as AwardSummaryRow[], pad !== false);
  },
  /** {{recipients row}} → 03 tập thể, 81 cá nhân */
  recipients: (...all) => {
    const [row, pad] = args(all);
    return recipientsText(row as AwardSummaryRow, pad !== false);
  },
};
