import { RECIPIENT_KINDS } from '../schema/award-catalogue.js';
import { AWARD_STATUSES, type Award } from '../schema/award.js';
import { DATE_PATTERN, ID_PATTERN, isRealDate } from '../schema/common.js';

const KEYS = new Set(['form', 'recipient', 'name', 'position', 'unit', 'decision', 'decision_date', 'status', 'achievement', 'gender', 'note']);
const isText = (value: unknown): value is string => typeof value === 'string';
const absentOr = (value: unknown, valid: (v: unknown) => boolean) => value === undefined || valid(value);

/**
 * AwardSchema's answer for an award that passes it, checked by hand: zod takes ten times as
 * long per entry, and a list holds up to 100k of them. Anything this check does not pass
 * (a wrong value, an unknown key) returns undefined and goes to zod, which words the message.
 * A property test holds the two to the same answers.
 */
export function plainAward(item: unknown): Award | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const a = item as Record<string, unknown>;
  for (const key in a) if (!KEYS.has(key) || !Object.hasOwn(a, key) || a[key] === undefined) return undefined;
  const { form, recipient, name, position, unit, decision, decision_date, status, achievement, gender, note } = a;
  if (!isText(form) || !ID_PATTERN.test(form)) return undefined;
  if (!(RECIPIENT_KINDS as readonly unknown[]).includes(recipient)) return undefined;
  if (!isText(name) || name.length === 0) return undefined;
  if (!absentOr(unit, (u) => isText(u) && ID_PATTERN.test(u))) return undefined;
  if (!absentOr(decision_date, (d) => isText(d) && DATE_PATTERN.test(d) && isRealDate(d))) return undefined;
  if (!absentOr(status, (s) => (AWARD_STATUSES as readonly unknown[]).includes(s))) return undefined;
  if (!absentOr(gender, (g) => g === 'nam' || g === 'nu')) return undefined;
  if (!absentOr(position, isText) || !absentOr(decision, isText) || !absentOr(achievement, isText) || !absentOr(note, isText)) return undefined;
  // zod's output: the schema's keys in its order, the absent optional ones left out, status defaulted.
  const award: Record<string, unknown> = { form, recipient, name };
  if (position !== undefined) award.position = position;
  if (unit !== undefined) award.unit = unit;
  if (decision !== undefined) award.decision = decision;
  if (decision_date !== undefined) award.decision_date = decision_date;
  award.status = status ?? 'granted';
  if (achievement !== undefined) award.achievement = achievement;
  if (gender !== undefined) award.gender = gender;
  if (note !== undefined) award.note = note;
  return award as Award;
}
