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

/**
 * Each distinct text's place in Vietnamese order, the same order `compareKeys` gives, for
 * many texts at once: the distinct syllables (a few thousand even in 100k names) are put in
 * order with the collator once, and texts then compare as lists of syllable ranks.
 */
export function rankTexts(texts: Iterable<string>, key: (text: string) => string[]): Map<string, number> {
  const distinct = [...new Set(texts)];
  const keys = distinct.map(key);
  const syllables = [...new Set(keys.flat())].sort((a, b) => collator.compare(a, b));
  const rankOf = new Map<string, number>();
  syllables.forEach((s, i) => rankOf.set(s, i > 0 && collator.compare(syllables[i - 1], s) === 0 ? rankOf.get(syllables[i - 1])! : i));
  const ranked = keys.map((k, i) => ({ text: distinct[i], ranks: k.map((s) => rankOf.get(s)!) }));
  ranked.sort((a, b) => {
    const n = Math.min(a.ranks.length, b.ranks.length);
    for (let i = 0; i < n; i++) if (a.ranks[i] !== b.ranks[i]) return a.ranks[i] - b.ranks[i];
    return a.ranks.length - b.ranks.length;
  });
  const order = new Map<string, number>();
  let place = 0;
  ranked.forEach((r, i) => {
    // Texts whose syllables all compare equal share a place, as compareKeys would leave them.
    const prev = ranked[i - 1];
    if (i > 0 && !(prev.ranks.length === r.ranks.length && prev.ranks.every((x, j) => x === r.ranks[j]))) place = i;
    order.set(r.text, place);
  });
  return order;
}
