/** Characters our Markdown gives a meaning to; a data value keeps them literal. */
const SPECIAL = /[\\`*_[\]#+\-|<>&~]/g;

/** A data value made safe to place in Markdown: one line, every special character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}

/** Escapes every string in a plain data tree (numbers, booleans, nulls stay as they are), after `prepare`. */
export function escapeDeep<T>(value: T, prepare: (text: string) => string = (text) => text): T {
  if (typeof value === 'string') return escapeMarkdown(prepare(value)) as T;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v, prepare)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v, prepare)])) as T;
  }
  return value;
}
