import type { Paint } from './colour.js';
import type { Diagnostic } from './diagnostic.js';
import type { Lang } from './lang.js';
import { hintOf, messageOf } from './messages.js';

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', hint: 'gợi ý', clean: 'Không có lỗi.' },
  en: { error: 'error', warning: 'warning', hint: 'hint', clean: 'No problems.' },
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
  const blocks = diagnostics.map((d) => {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}:${d.column}` : ''}` : 'report';
    const severity = d.severity === 'error' ? paint('red', words.error) : paint('yellow', words.warning);
    const lines = [`${paint('bold', where)}  ${severity}  ${messageOf(d, lang)}  ${paint('dim', `[${d.code}]`)}`];
    const source = d.file && d.line ? lineOf(d.file, d.line) : undefined;
    if (source !== undefined && source.trim() !== '') {
      const gutter = String(d.line);
      const shown = source.replace(/\t/g, ' ').replace(/\r$/, '');
      lines.push(`  ${paint('dim', `${gutter} |`)} ${shown}`);
      lines.push(`  ${' '.repeat(gutter.length)} ${paint('dim', '|')} ${' '.repeat(Math.max(0, (d.column ?? 1) - 1))}${paint('red', '^')}`);
    }
    const hint = hintOf(d, lang);
    if (hint) lines.push(`  ${paint('dim', `${words.hint}:`)} ${hint}`);
    return lines.join('\n');
  });
  return [...blocks, summaryLine(diagnostics, lang, paint)].join('\n\n') + '\n';
}

export function summaryLine(diagnostics: readonly Diagnostic[], lang: Lang, paint: Paint): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return paint('green', `✔ ${WORDS[lang].clean}`);
  const parts =
    lang === 'vi'
      ? [`✖ ${errors} lỗi`, `⚠ ${warnings} cảnh báo`]
      : [`✖ ${errors} error${errors === 1 ? '' : 's'}`, `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`];
  return errors ? paint('red', parts.join(', ')) : paint('yellow', parts.join(', '));
}
