import type { Paint } from './colour.js';
import { showPlace, type Diagnostic } from './diagnostic.js';
import type { Lang } from './lang.js';
import { hintOf, messageOf } from './messages.js';

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú', hint: 'gợi ý', clean: 'Không có lỗi.' },
  en: { error: 'error', warning: 'warning', info: 'note', hint: 'hint', clean: 'No problems.' },
} as const;

/**
 * `file:line:col  lỗi  message  [CODE]`, the source line with a caret under
 * the column, a hint; then a count line.
 */
export function formatHuman(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  lang: Lang,
  paint: Paint,
): string {
  const words = WORDS[lang];
  // Each file is split into lines once, however many diagnostics point into it.
  const split = new Map<string, string[]>();
  const lineOf = (file: string, line: number) => {
    let lines = split.get(file);
    if (!lines) {
      const text = sources.get(file);
      if (text === undefined) return undefined;
      split.set(file, (lines = text.split('\n')));
    }
    return lines[line - 1];
  };
  // Bounded output: at most MAX_PER_FILE blocks per file, then one line saying how many more.
  const perFile = new Map<string, number>();
  const shownDiagnostics = diagnostics.filter((d) => {
    const n = (perFile.get(d.file ?? '') ?? 0) + 1;
    perFile.set(d.file ?? '', n);
    return n <= MAX_PER_FILE;
  });
  const more = [...perFile].filter(([, n]) => n > MAX_PER_FILE).map(([file, n]) => (lang === 'vi' ? `… và ${n - MAX_PER_FILE} vấn đề khác trong ${file || 'báo cáo'} (sửa các lỗi trên rồi chạy lại).` : `… and ${n - MAX_PER_FILE} more in ${file || 'the report'} (fix the ones above and run again).`));
  const blocks = shownDiagnostics.map((d) => {
    const where = d.file ? showPlace(d) : 'report';
    const severity = d.severity === 'error' ? paint('red', words.error) : d.severity === 'warning' ? paint('yellow', words.warning) : paint('dim', words.info);
    const lines = [`${paint('bold', where)}  ${severity}  ${messageOf(d, lang)}  ${paint('dim', `[${d.code}]`)}`];
    const source = d.file && d.line && !d.cell ? lineOf(d.file, d.line) : undefined;
    if (source !== undefined && source.trim() !== '') {
      const gutter = String(d.line);
      const { text, caret } = excerpt(source.replace(/\r$/, ''), d.column ?? 1);
      lines.push(`  ${paint('dim', `${gutter} |`)} ${text}`);
      lines.push(`  ${' '.repeat(gutter.length)} ${paint('dim', '|')} ${' '.repeat(caret)}${paint('red', '^')}`);
    }
    const hint = hintOf(d, lang);
    if (hint) lines.push(`  ${paint('dim', `${words.hint}:`)} ${hint}`);
    return lines.join('\n');
  });
  return [...blocks, ...more, summaryLine(diagnostics, lang, paint)].join('\n\n') + '\n';
}

const MAX_PER_FILE = 50;
const WIDTH = 160;

/**
 * The source line as the terminal will show it: control and escape characters from the
 * data made visible (never sent raw: ESC would drive the terminal), tabs as spaces, and a
 * window of at most WIDTH characters around the column, with the caret's offset in it.
 */
export function excerpt(line: string, column: number): { text: string; caret: number } {
  const chars = [...line];
  const at = Math.max(0, Math.min(chars.length, column - 1));
  const start = chars.length > WIDTH ? Math.max(0, Math.min(at - Math.floor(WIDTH / 2), chars.length - WIDTH)) : 0;
  const window = chars.slice(start, start + WIDTH);
  let caret = 0;
  let text = start > 0 ? '…' : '';
  caret += text.length;
  window.forEach((c, i) => {
    const shown = c === '\t' ? ' ' : /[\u0000-\u001f\u007f-\u009f]/.test(c) ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c;
    if (start + i < at) caret += shown.length;
    text += shown;
  });
  if (start + WIDTH < chars.length) text += '…';
  return { text, caret };
}

export function summaryLine(diagnostics: readonly Diagnostic[], lang: Lang, paint: Paint): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return paint('green', `✔ ${WORDS[lang].clean}`);
  const parts =
    lang === 'vi'
      ? [`✖ ${errors} lỗi`, `⚠ ${warnings} cảnh báo`]
      : [`✖ ${errors} error${errors === 1 ? '' : 's'}`, `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`];
  return errors ? paint('red', parts.join(', ')) : paint('yellow', parts.join(', '));
}
