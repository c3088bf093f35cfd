/**
 * Vietnamese order: letters first (a ă â b c d đ …), tones after, syllable by
 * syllable; people by given name (last word), then middle names, then family name.
 */
const collator = new Intl.Collator('vi');

/** "Hội Nông dân" → ["Hội", "Nông", "dân"]: the key a text sorts by. */
export const textKey = (text: string) => text.trim().split(/\s+/).filter(Boolean);

export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = collator.compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** "Nguyễn Văn An" → ["An", "Văn", "Nguyễn"]: the order a list of people is sorted in. */
export function personKey(name: string): string[] {
  const words = textKey(name);
  if (words.length <= 1) return words;
  return [words[words.length - 1], ...words.slice(1, -1), words[0]];
}

export const comparePeople = (a: string, b: string) => compareKeys(personKey(a), personKey(b));
export const compareText = (a: string, b: string) => compareKeys(textKey(a), textKey(b));
