import { formatMoney, formatNumber } from '../format/numbers.js';
import { moneyToWords } from '../format/words.js';
import { RECIPIENT_KINDS, type RecipientKind } from '../schema/award-catalogue.js';

export interface MoneyLine {
  readonly kind: RecipientKind;
  /** `mỗi tập thể`, as Điều 2 words it. */
  readonly per: string;
  readonly count: number;
  readonly coefficient: number;
  readonly coefficientText: string;
  /** Coefficient × base amount, rounded up when the pack says so. */
  readonly amount: number;
  readonly amountText: string;
  readonly subtotal: number;
}

export interface MoneyView {
  readonly base: number;
  readonly baseText: string;
  readonly roundUpTo: number | null;
  readonly lines: readonly MoneyLine[];
  readonly total: number;
  readonly totalText: string;
  readonly totalWords: string;
  /** Kinds given the form but no coefficient: no money is computed for them. */
  readonly missing: readonly RecipientKind[];
}

const EACH: Record<RecipientKind, string> = { 'tap-the': 'mỗi tập thể', 'ca-nhan': 'mỗi cá nhân', 'ho-gia-dinh': 'mỗi hộ gia đình' };

/** One award's money: coefficient × base, in whole đồng; `roundUpTo` (1000) rounds up as a decree may ask. */
export function amountOf(coefficient: number, base: number, roundUpTo: number | null): number {
  // Through a decimal string: 0.3 × 2 340 000 is 702 000, never 701 999,99….
  const exact = Math.round(Number((coefficient * base).toPrecision(12)));
  return roundUpTo ? Math.ceil(exact / roundUpTo) * roundUpTo : exact;
}

/** Điều 2 and the money table of one decision: only when the data gives a base amount and coefficients. */
export function rewardMoney(
  people: readonly { kind: RecipientKind }[],
  coefficients: Partial<Record<RecipientKind, number>> | undefined,
  base: number | undefined,
  roundUpTo: number | undefined,
): MoneyView | null {
  if (!base || !coefficients) return null;
  const lines: MoneyLine[] = [];
  const missing: RecipientKind[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const count = people.filter((p) => p.kind === kind).length;
    if (count === 0) continue;
    const coefficient = coefficients[kind];
    if (coefficient === undefined) {
      missing.push(kind);
      continue;
    }
    const amount = amountOf(coefficient, base, roundUpTo ?? null);
    lines.push({ kind, per: EACH[kind], count, coefficient, coefficientText: formatNumber(coefficient, 3), amount, amountText: formatMoney(amount), subtotal: amount * count });
  }
  if (lines.length === 0) return null;
  const total = lines.reduce((sum, l) => sum + l.subtotal, 0);
  return { base, baseText: formatMoney(base), roundUpTo: roundUpTo ?? null, lines, total, totalText: formatMoney(total), totalWords: moneyToWords(total), missing };
}
