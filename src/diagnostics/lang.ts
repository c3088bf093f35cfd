export type Lang = 'vi' | 'en';

export function pickLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const wanted = (option ?? env.REPORT_LANG ?? 'vi').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'vi';
}
