import type { Lang } from '../diagnostics/lang.js';

/** Commander's own words (help headings, error lines) in the user's language; English stays as commander writes it. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tuỳ chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tuỳ chọn chung:',
};

export function helpTitle(title: string, lang: Lang): string {
  return lang === 'vi' ? TITLES[title] ?? title : title;
}

/** Help text details commander adds after descriptions: `(default: ".")`, `(choices: "vi", "en")`, `[options]`. */
export function helpText(text: string, lang: Lang): string {
  if (lang !== 'vi') return text;
  return text.replace(/\(default: /g, '(mặc định: ').replace(/\(choices: /g, '(chọn một trong: ').replace(/\[options\]/g, '[tuỳ chọn]').replace(/\[command\]/g, '[lệnh]');
}

const ERRORS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown command '([^']*)'/, (m) => `lỗi: không có lệnh “${m[1]}”`],
  [/^error: unknown option '([^']*)'/, (m) => `lỗi: không có tuỳ chọn “${m[1]}”`],
  [/^error: missing required argument '([^']*)'/, (m) => `lỗi: thiếu tham số bắt buộc “${m[1]}”`],
  [/^error: option '([^']*)' argument missing/, (m) => `lỗi: tuỳ chọn “${m[1]}” cần một giá trị`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (m) => `lỗi: giá trị “${m[2]}” của tuỳ chọn “${m[1]}” không hợp lệ. Chọn một trong: ${m[3]}.`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (m) => `lỗi: thừa tham số${m[1] ? ` cho lệnh “${m[1]}”` : ''}: cần ${m[2]}, nhận ${m[3]}.`],
  [/\(Did you mean one of (.*)\?\)/, (m) => `(Có phải ý bạn là một trong: ${m[1]}?)`],
  [/\(Did you mean (.*)\?\)/, (m) => `(Có phải ý bạn là ${m[1]}?)`],
];

/** One of commander's error messages in Vietnamese (each line translated on its own). */
export function commanderError(message: string, lang: Lang): string {
  if (lang !== 'vi') return message;
  return message
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of ERRORS) {
        const m = pattern.exec(line);
        if (m) return line.replace(m[0], say(m));
      }
      return line;
    })
    .join('\n');
}

/** The language and `--json` of a command line, read before commander parses it (its own errors need them). */
export function scanArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { lang: Lang; json: boolean } {
  let wanted: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') wanted = argv[i + 1];
    else if (arg.startsWith('--lang=')) wanted = arg.slice(7);
  });
  const value = (wanted ?? env.REPORT_LANG ?? 'vi').toLowerCase();
  return { lang: value === 'en' ? 'en' : 'vi', json: argv.includes('--json') };
}
