import { join, relative } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { RECIPIENT_KINDS, type RecipientKind } from '../../schema/award-catalogue.js';
import { resolveForms } from '../../schema/resolve-forms.js';
import { validateFolder } from '../../validate/validate-folder.js';
import { writeAtomically } from '../../write/atomic-write.js';
import { buildDate } from '../../write/deterministic-zip.js';
import type { AwardFilters } from '../../xlsx/award-rows.js';
import { LayoutError } from '../../xlsx/layout.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

export interface ExportOptions extends CommonOptions {
  output?: string;
  form?: string;
  unit?: string;
  recipient?: string;
  status?: string;
  format?: string;
}

const list = (value: string | undefined) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined);

/** `report export awards`: the award list as XLSX (or CSV), filtered, written atomically. */
export async function exportAwardsCommand(dir: string, options: ExportOptions): Promise<number> {
  const out = new Output(options);
  const usage = (vi: string, en: string) => {
    out.say(`report export awards: ${vi}`, `report export awards: ${en}`);
    out.jsonResult(false, [], { outputs: [] });
    return EXIT.usage;
  };
  const format = options.format ?? (options.output?.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
  if (format !== 'xlsx' && format !== 'csv') return usage(`định dạng “${format}” không hỗ trợ (xlsx | csv).`, `unsupported format “${format}” (xlsx | csv).`);
  const recipients = list(options.recipient);
  const badRecipient = recipients?.find((r) => !(RECIPIENT_KINDS as readonly string[]).includes(r));
  if (badRecipient) return usage(`--recipient “${badRecipient}” không hợp lệ (${RECIPIENT_KINDS.join(' | ')}).`, `invalid --recipient “${badRecipient}” (${RECIPIENT_KINDS.join(' | ')}).`);
  if (options.status && options.status !== 'proposed' && options.status !== 'granted') return usage(`--status phải là proposed hoặc granted.`, `--status must be proposed or granted.`);

  const validation = validateFolder(dir);
  const fail = (code: number, diagnostics: readonly Diagnostic[]) => {
    out.diagnostics(diagnostics, validation.sources);
    out.jsonResult(false, diagnostics, { outputs: [] });
    return code;
  };
  if (!validation.data || hasErrors(validation.diagnostics)) return fail(validation.ioFailure ? EXIT.io : EXIT.dataErrors, validation.diagnostics);
  const data = validation.data;
  const forms = list(options.form);
  const knownForms = resolveForms(data.award_forms);
  const badForm = forms?.find((f) => !knownForms.has(f));
  if (badForm) return usage(`không có hình thức khen thưởng “${badForm}”.`, `no award form “${badForm}”.`);
  const filters: AwardFilters = { forms, units: list(options.unit), recipients: recipients as RecipientKind[] | undefined, status: options.status as AwardFilters['status'] };

  const name = join(data.dir, 'out', `${data.dir.split(/[\\/]/).pop()}-khen-thuong.${format}`);
  const target = options.output ?? name;
  const diagnostics: Diagnostic[] = [...validation.diagnostics];
  let rows = 0;
  try {
    await writeAtomically(target, async () => {
      if (format === 'csv') {
        const { awardCsv } = await import('../../xlsx/award-csv.js');
        const csv = awardCsv(data, filters);
        rows = csv.rows;
        return csv.bytes;
      }
      const [{ workbookBytes }, { fillAwardWorkbook }] = await Promise.all([import('../../xlsx/workbook-bytes.js'), import('../../xlsx/award-workbook.js')]);
      return workbookBytes(buildDate(data.report.date), (workbook) => {
        const result = fillAwardWorkbook(workbook, data, filters);
        rows = result.rows;
        if (result.truncated) diagnostics.push(diagnostic('warning', 'TEXT_TOO_LONG', { length: result.truncated, max: 32767 }));
      });
    });
  } catch (error) {
    if (error instanceof LayoutError) return fail(EXIT.dataErrors, [diagnostic('error', 'LAYOUT_INVALID', { detail: error.message }, { file: relative(process.cwd(), error.path), line: 1, column: 1 })]);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    out.say(`report export awards: không ghi được ${target} (${reason}); tệp cũ (nếu có) giữ nguyên.`, `report export awards: could not write ${target} (${reason}); any earlier file is unchanged.`);
    out.jsonResult(false, diagnostics, { outputs: [] });
    return EXIT.io;
  }
  if (rows === 0) diagnostics.push(diagnostic('warning', 'NO_DATA_TO_EXPORT'));
  const shown = relative(process.cwd(), target) || target;
  out.diagnostics(diagnostics, validation.sources);
  out.say(`Đã ghi ${shown} (${rows} dòng khen thưởng)`, `Wrote ${shown} (${rows} award rows)`);
  out.jsonResult(true, diagnostics, { outputs: [shown], rows });
  return EXIT.ok;
}
