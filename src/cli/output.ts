import { paint, useColour } from '../diagnostics/colour.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countSeverities, diagnosticsJson } from '../diagnostics/format-json.js';
import { formatHuman } from '../diagnostics/format-human.js';
import { pickLang, type Lang } from '../diagnostics/lang.js';

export interface CommonOptions {
  json?: boolean;
  lang?: string;
}

/** Where a command's words go: documents and JSON to stdout, diagnostics to stderr. */
export class Output {
  readonly lang: Lang;
  readonly json: boolean;
  constructor(options: CommonOptions) {
    this.lang = pickLang(options.lang);
    this.json = options.json === true;
  }

  get paint() {
    return paint(useColour(process.stderr));
  }

  diagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string> = new Map()) {
    if (this.json) return;
    process.stderr.write(formatHuman(diagnostics, sources, this.lang, this.paint));
  }

  /** The `--json` document: `{ ok, errors, warnings, ..., diagnostics }`. */
  jsonResult(ok: boolean, diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}) {
    if (!this.json) return;
    const result = { ok, ...countSeverities(diagnostics), ...extra, diagnostics: diagnosticsJson(diagnostics, this.lang) };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  }

  info(text: string) {
    if (!this.json) process.stderr.write(text + '\n');
  }

  say(vi: string, en: string) {
    this.info(this.lang === 'en' ? en : vi);
  }
}
