/**
 * Straight double quotes typed in data become the typographic pair of Vietnamese
 * print: `Quỹ "Vì người nghèo"` → `Quỹ “Vì người nghèo”`. A quote opens at the
 * start or after a space or opening bracket, and closes otherwise.
 */
export function smartQuotes(text: string): string {
  if (!text.includes('"')) return text;
  return text.replace(/"/g, (_, offset: number) => {
    const before = offset === 0 ? ' ' : text[offset - 1];
    return /[\s([{\-–—/]/.test(before) ? '“' : '”';
  });
}
