/**
 * What most likely broke a YAML file, read from its lines: the usual slips of a clerk
 * (a tab, no space after a colon, ": " inside a plain text, one line indented off its
 * siblings), with the place to fix it; the parser's own position is often a line late.
 */
export interface SyntaxCause {
  readonly cause: 'tab' | 'space_after_colon' | 'quote_colon' | 'indent';
  readonly line: number; // 1-based
  readonly column: number;
  readonly args: Record<string, string | number>;
}

const KEY_NO_SPACE = /^(\s*(?:-\s+)?)([^\s:#'"{}[\],][^\s:'"{}[\],]*):(?![\s/]|$)(.*)$/;
const PLAIN_WITH_COLON = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+)([^"'\s{[|>&*!%@`][^#]*?:\s.*?)\s*$/;

export function syntaxCause(text: string, errorLine: number): SyntaxCause | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const upTo = Math.min(lines.length, Math.max(1, errorLine));
  for (let i = 0; i < upTo; i++) {
    const tab = /^( *)\t/.exec(lines[i]);
    if (tab) return { cause: 'tab', line: i + 1, column: tab[1].length + 1, args: {} };
  }
  const indent = firstMisindented(lines, upTo);
  for (let i = 0; i < upTo; i++) {
    const line = lines[i];
    if (/^\s*#/.test(line)) continue;
    const noSpace = KEY_NO_SPACE.exec(line);
    if (noSpace && !/^\s*(?:-\s+)?["']/.test(line)) {
      const [, lead, key, rest] = noSpace;
      return { cause: 'space_after_colon', line: i + 1, column: lead.length + key.length + 2, args: { fixed: `${key}: ${rest}`.trim() } };
    }
    const colon = PLAIN_WITH_COLON.exec(line);
    if (colon) {
      const [, head, value] = colon;
      return { cause: 'quote_colon', line: i + 1, column: head.length + 1, args: { fixed: `${head.trim()} "${value.replace(/"/g, '\\"')}"` } };
    }
  }
  return indent;
}

/** The first line whose indentation matches none of the blocks open above it. */
function firstMisindented(lines: readonly string[], upTo: number): SyntaxCause | undefined {
  const levels: number[] = [0];
  let opens = false; // the line before ends with ':' (a nested block may start)
  for (let i = 0; i < upTo; i++) {
    const line = lines[i];
    if (line.trim() === '' || /^\s*#/.test(line) || /^\s*-{3}/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    const top = levels[levels.length - 1];
    if (indent > top) {
      if (!opens) return { cause: 'indent', line: i + 1, column: 1, args: { row: i + 1, indent, expected: top } };
      levels.push(indent);
    } else if (indent < top) {
      let sibling = top; // the block the line most likely meant to stay in
      while (levels.length > 1 && levels[levels.length - 1] > indent) sibling = levels.pop()!;
      if (levels[levels.length - 1] !== indent) return { cause: 'indent', line: i + 1, column: 1, args: { row: i + 1, indent, expected: sibling } };
    }
    const item = /^(\s*)-\s+(\S)/.exec(line);
    // "- key: value" opens a mapping whose keys line up after the dash.
    if (item && /^\s*-\s+[^\s"'{[][^:]*:(\s|$)/.test(line)) levels.push(item[1].length + line.slice(item[1].length).indexOf(item[2]));
    opens = /:\s*(#.*)?$/.test(line) || /^\s*-\s*$/.test(line) || (item !== null && /:\s*$/.test(line));
  }
  return undefined;
}
