import type { Inline } from './doc-model.js';

const ESCAPABLE = /[!-/:-@[-`{-~]/; // ASCII punctuation

/** `**bold**`, `*italic*` / `_italic_`, backslash escapes; an unclosed marker is literal text. */
export function parseInlines(text: string): Inline[] {
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

/** True when an unescaped `marker` follows `from`. */
function hasCloser(text: string, from: number, marker: string): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(marker, i) && (marker !== '*' || text[i + 1] !== '*')) return i > from;
  }
  return false;
}
