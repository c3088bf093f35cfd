import { RECIPIENT_KINDS } from '../schema/award-catalogue.js';
import { AWARD_STATUSES, AwardSchema, type Award } from '../schema/award.js';
import { DATE_PATTERN, ID_PATTERN, isRealDate } from '../schema/common.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown) => isText(value) && ID_PATTERN.test(value);
const oneOf = (allowed: readonly string[]) => (value: unknown) => (allowed as readonly unknown[]).includes(value);

/** What AwardSchema accepts in each field, written out; a key missing here sends the award to zod. */
const VALID: Readonly<Record<string, (value: unknown) => boolean>> = {
  form: isId,
  recipient: oneOf(RECIPIENT_KINDS),
  name: (value) => isText(value) && value.length > 0,
  position: isText,
  unit: isId,
  decision: isText,
  decision_date: (value) => isText(value) && DATE_PATTERN.test(value) && isRealDate(value),
  status: oneOf(AWARD_STATUSES),
  achievement: isText,
  gender: oneOf(['nam', 'nu']),
  note: isText,
};
/** zod's output order: the schema's own. */
const ORDER = Object.keys(AwardSchema.shape) as (keyof Award)[];

/**
 * AwardSchema's answer for an award that passes it, checked by hand: zod takes ten times as
 * long per entry, and a list holds up to 100k of them. Anything this check does not pass
 * (a wrong value, an unknown key) returns undefined and goes to zod, which words the message.
 * A property test holds the two to the same answers.
 */
export function plainAward(item: unknown): Award | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const a = item as Record<string, unknown>;
  for (const key in a) if (!Object.hasOwn(VALID, key) || !Object.hasOwn(a, key) || !VALID[key](a[key])) return undefined;
  if (a.form === undefined || a.recipient === undefined || a.name === undefined) return undefined;
  // The schema's keys in its order, the absent optional ones left out, status defaulted.
  const award: Record<string, unknown> = {};
  for (const key of ORDER) {
    const value = key === 'status' ? (a.status ?? 'granted') : a[key];
    if (value !== undefined) award[key] = value;
  }
  return award as Award;
}
