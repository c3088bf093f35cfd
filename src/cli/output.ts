import { readFileSync, statSync } from 'node:fs';
import { paint, useColour } from '../diagnostics/colour.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT } from './exit-codes.js';
import { countSeverities, diagnosticsJson } from '../diagnostics/format-json.js';
import { formatHuman } from '../diagnostics/format-human.js';
import { pickLang, type Lang } from '../diagnostics/lang.js';

export interface CommonOptions {
  json?: boolean;
  lang?: string;
}

/** Template files a diagnostic points into, read so their line can be shown like a data file's. */
function withTemplates(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const more = new Map(sources);
  for (const d of diagnostics) {
    // Only template and layout files: a data file's text comes from the loader, which never reads one it refused.
    if (!d.file || more.has(d.file) || !/^(TEMPLATE_|LAYOUT_)/.test(d.code) || !/\.(hbs|ya?ml)$/.test(d.file)) continue;
    try {
      const info = statSync(d.file);
      if (!info.isFile() || info.size > 5_000_000) continue; // never wait on a FIFO, never load a huge file for one line
      more.set(d.file, readFileSync(d.file, 'utf8'));
    } catch {
      // no excerpt then
    }
  }
  return more;
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

  /** Where stdout and stderr text goes; a captured output (one folder of several) keeps it instead. */
  protected writeOut(text: string): void {
    process.stdout.write(text);
  }

  protected writeErr(text: string): void {
    process.stderr.write(text);
  }

  diagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string> = new Map()) {
    if (this.json) return;
    this.writeErr(formatHuman(diagnostics, withTemplates(diagnostics, sources), this.lang, this.paint));
  }

  /** The `--json` document: `{ ok, errors, warnings, ..., diagnostics }`. */
  jsonResult(ok: boolean, diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}) {
    if (!this.json) return;
    const result = { ok, ...countSeverities(diagnostics), ...extra, diagnostics: diagnosticsJson(diagnostics, this.lang) };
    this.writeOut(JSON.stringify(result, null, 2) + '\n');
  }

  /**
   * A wrong use of the command (exit 2): the reason on stderr, and with `--json` the same
   * reason as a diagnostic in the JSON result, never an empty `diagnostics` list.
   */
  usage(vi: string, en: string, extra: Record<string, unknown> = {}): number {
    const text = this.lang === 'en' ? en : vi;
    if (this.json) this.jsonResult(false, [diagnostic('error', 'USAGE', { text })], extra);
    else this.writeErr(`${text}\n`);
    return EXIT.usage;
  }

  /** A file that could not be written (exit 3), printed or in the JSON result. */
  ioFailure(failure: Diagnostic, extra: Record<string, unknown> = {}): number {
    this.diagnostics([failure]);
    this.jsonResult(false, [failure], extra);
    return EXIT.io;
  }

  info(text: string) {
    if (!this.json) this.writeErr(text + '\n');
  }

  say(vi: string, en: string) {
    this.info(this.lang === 'en' ? en : vi);
  }
}

/** The output of one folder among several: kept, so the caller prints a line per folder. */
export class CapturedOutput extends Output {
  out = '';
  err = '';
  protected override writeOut(text: string): void {
    this.out += text;
  }
  protected override writeErr(text: string): void {
    this.err += text;
  }
}
