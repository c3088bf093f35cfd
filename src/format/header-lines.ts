/** Words that name an administrative level; a long header line breaks before one of them. */
const LEVELS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];

/**
 * The lines of an issuer or parent name in the header block (ND30: capitals,
 * centred in their column). A list prints as given; one string wider than the
 * column breaks before the word naming the administrative level, never inside a
 * name: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "TỈNH VĨNH LONG".
 */
export function headerLines(value: string | readonly string[], fits: (line: string) => boolean): string[] {
  if (typeof value !== 'string') return [...value];
  const lines: string[] = [];
  let rest = value.trim();
  while (!fits(rest)) {
    const cut = breakPoint(rest, fits);
    if (cut === undefined) break;
    lines.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  lines.push(rest);
  return lines;
}

/** The last level word whose preceding text fits the column, else the first level word at all. */
function breakPoint(text: string, fits: (line: string) => boolean): number | undefined {
  const starts: number[] = [];
  for (const level of LEVELS) {
    // A level word needs the name after it: "… TỈNH" at the very end stays on its line.
    const pattern = new RegExp(`(?<=\\s)${level}(?=\\s+\\S)`, 'gu');
    for (const match of text.matchAll(pattern)) if (!overlapsLonger(text, match.index!, level)) starts.push(match.index!);
  }
  const sorted = [...new Set(starts)].filter((i) => i > 0).sort((a, b) => a - b);
  const fitting = sorted.filter((i) => fits(text.slice(0, i).trim()));
  return fitting.at(-1) ?? sorted[0];
}

/** "XÃ" inside "THỊ XÃ" is not a break of its own. */
function overlapsLonger(text: string, index: number, level: string): boolean {
  return LEVELS.some((longer) => longer !== level && longer.endsWith(level) && text.slice(0, index + level.length).endsWith(longer));
}
