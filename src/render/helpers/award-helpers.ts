import type { AwardSummaryRow, NamedRecipient } from '../../compute/award-summary.js';
import { joinParts } from '../../compute/model-summary.js';
import { recipientsText } from '../../format/recipients-text.js';

export { recipientsText };

type Helper = (...args: unknown[]) => string;
interface Options {
  readonly hash?: Record<string, unknown>;
}
const split = (all: unknown[]) => ({ args: all.slice(0, -1), hash: (all[all.length - 1] as Options | undefined)?.hash ?? {} });
const rows = (value: unknown, name: string): AwardSummaryRow[] => {
  if (!Array.isArray(value)) throw new Error(`${name}: cần một danh sách khen thưởng (awards.granted, awards.proposed), nhận được ${JSON.stringify(value) ?? String(value)}`);
  return value as AwardSummaryRow[];
};
const row = (value: unknown, name: string): AwardSummaryRow => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${name}: cần một dòng khen thưởng (một phần tử của awards.granted hoặc awards.totals), nhận được ${JSON.stringify(value) ?? String(value)}`);
  return value as AwardSummaryRow;
};

const recipientName = (r: NamedRecipient) => r.label;

export interface SentenceOptions {
  readonly pad?: boolean;
  /** Name the recipients of a form that has at most this many (0: never). */
  readonly named?: number;
  /** Names after a colon (`cho 02 tập thể: A, B`) rather than in brackets. */
  readonly colon?: boolean;
}

/** `Cờ thi đua của Chính phủ (ngành Giáo dục) cho 04 tập thể`, with names when few. */
export function awardItem(row: AwardSummaryRow, options: SentenceOptions = {}): string {
  const counts = recipientsText(row, options.pad ?? true);
  const named = options.named ?? 0;
  const listed = row.recipients ?? [];
  const list = () => listed.map(recipientName).join(', '); // only for a form named in full: lists run to 100k
  const names = listed.length > 0 && listed.length <= named ? (options.colon ? `: ${list()}` : ` (${list()})`) : '';
  if (!row.name) return counts;
  return `${row.name}${row.note ? ` (${row.note})` : ''} cho ${counts}${names}`;
}

/** `A cho 01 cá nhân; B cho 02 tập thể, 04 cá nhân và C cho 44 tập thể` in precedence order. */
export function awardSentence(rows: readonly AwardSummaryRow[], options: SentenceOptions = {}): string {
  const items = rows.map((row) => (row.name || rows.length === 1 ? awardItem(row, options) : `các hình thức khác cho ${awardItem(row, options)}`));
  if (items.length <= 1) return items.join('');
  if (items.some((item) => item.includes(';'))) return joinParts(items);
  return `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`;
}

export const AWARD_HELPERS: Record<string, Helper> = {
  /** {{awardSentence awards.granted named=5}}; `pad=false` without zero padding */
  awardSentence: (...all) => {
    const { args, hash } = split(all);
    return awardSentence(rows(args[0], 'awardSentence'), { pad: hash.pad !== false && args[1] !== false, named: typeof hash.named === 'number' ? hash.named : 0 });
  },
  /** {{awardItem row named=100}} → Bằng khen … cho 02 tập thể (Hội Nông dân tỉnh, Tỉnh Đoàn) */
  awardItem: (...all) => {
    const { args, hash } = split(all);
    return awardItem(row(args[0], 'awardItem'), { pad: hash.pad !== false, named: typeof hash.named === 'number' ? hash.named : 0, colon: hash.colon === true });
  },
  /** {{recipients row}} → 03 tập thể, 81 cá nhân */
  recipients: (...all) => {
    const { args, hash } = split(all);
    return recipientsText(row(args[0], 'recipients'), hash.pad !== false && args[1] !== false);
  },
  /** {{names row}} → Hội Nông dân tỉnh, Ông Trần Trí Dũng */
  names: (...all) => (row(split(all).args[0], 'names').recipients ?? []).map(recipientName).join(', '),
};
