import { mapDeferred } from './deferred-list.js';

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
 * An object or list met again (a model shown under its content and in the annex list) is escaped once;
 * a deferred list stays deferred.
 */
export function escapeDeep<T>(value: T, prepare: (text: string) => string = (text) => text): T {
  const seen = new Map<object, unknown>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return MAY_CHANGE.test(node) ? escapeMarkdown(prepare(node)) : node;
    if (!node || typeof node !== 'object') return node;
    const done = seen.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      // A deferred list (every recipient of a form) is escaped item by item when, and if, it is read.
      const later = mapDeferred(node, walk);
      if (later) {
        seen.set(node, later);
        return later;
      }
      const out = new Array(node.length);
      seen.set(node, out);
      for (let i = 0; i < node.length; i++) out[i] = walk(node[i]);
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(node, out);
    for (const key in node) if (Object.hasOwn(node, key)) out[key] = walk((node as Record<string, unknown>)[key]);
    return out;
  };
  return walk(value) as T;
}
