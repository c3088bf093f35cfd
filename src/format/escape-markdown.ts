/** Characters our Markdown gives a meaning to; a data value keeps them literal. */
const SPECIAL = /[\\`*_[\]#+\-|<>&~]/g;

/** A data value made safe to place in Markdown: one line, every special character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}

/** Anything escaping or `prepare` (smart quotes) could change: most names and texts hold none. */
const MAY_CHANGE = /[\\`*_[\]#+\-|<>&~\r\n"']/;

/**
 * Escapes every string in a plain data tree (numbers, booleans, nulls stay as they are), after
 * `prepare`. A string with nothing to change is kept as it is: a view of 100k awards is mostly such.
 */
export function escapeDeep<T>(value: T, prepare: (text: string) => string = (text) => text): T {
  if (typeof value === 'string') return (MAY_CHANGE.test(value) ? escapeMarkdown(prepare(value)) : value) as T;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = escapeDeep(value[i], prepare);
    return out as T;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key in value) if (Object.hasOwn(value, key)) out[key] = escapeDeep((value as Record<string, unknown>)[key], prepare);
    return out as T;
  }
  return value;
}
