import type { Inline } from './doc-model.js';

const ESCAPABLE = /[!-/:-@[-`{-~]/; // ASCII punctuation

/** `**bold**`, `*italic*` / `_italic_`, backslash escapes; an unclosed marker is literal text. */
export function parseInlines(text: string): Inline[] {
  // Where the last unescaped marker of each kind stands: "is there a closer after i?" is one comparison,
  // so a text of 100,000 `*` is read in one pass instead of rescanning the rest at each star.
  const last = lastMarkers(text);
  const hasCloser = (_: string, from: number, marker: string) => (last[marker] ?? -1) > from;
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const emit = () => {
    if (buffer) out.push({ text: buffer, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      buffer += text[++i];
    } else if (c === '*' && text[i + 1] === '*' && (bold || hasCloser(text, i + 2, '**'))) {
      emit();
      bold = !bold;
      i++;
    } else if ((c === '*' || c === '_') && (italic || hasCloser(text, i + 1, c))) {
      emit();
      italic = !italic;
    } else buffer += c;
  }
  emit();
  return out;
}

/** The position of the last unescaped `**`, single `*` and `_` of a text. */
function lastMarkers(text: string): Record<string, number> {
  const last: Record<string, number> = {};
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith('**', i)) {
      last['**'] = i;
      i++;
    } else if (text[i] === '*') last['*'] = i;
    else if (text[i] === '_') last['_'] = i;
  }
  return last;
}
