import { join, relative } from 'node:path';
import { outputOverInput, userTemplateDir } from '../guard-outputs.js';
import { outputName } from '../../plan/output-name.js';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { RECIPIENT_KINDS, type RecipientKind } from '../../schema/award-catalogue.js';
import { resolveForms } from '../../schema/resolve-forms.js';
import { writeAtomically } from '../../write/atomic-write.js';
import { buildDate } from '../../write/deterministic-zip.js';
import type { AwardFilters } from '../../xlsx/award-rows.js';
import { MAX_CELL_TEXT } from '../../xlsx/cell-values.js';
import { isFileSystemError, writeFailure } from '../write-failure.js';
import { suggest } from '../../validate/suggest.js';
import { validateForOutput } from '../validated.js';
import { compactHeapIfBig } from '../compact-heap.js';
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
  const usage = (vi: string, en: string) => out.usage(`report export awards: ${vi}`, `report export awards: ${en}`, { outputs: [] });
  const extension = /\.([a-z0-9]+)$/i.exec(options.output ?? '')?.[1]?.toLowerCase();
  const format = options.format ?? (extension === 'csv' ? 'csv' : 'xlsx');
  if (format !== 'xlsx' && format !== 'csv') return usage(`định dạng “${format}” không hỗ trợ (xlsx | csv).`, `unsupported format “${format}” (xlsx | csv).`);
  if (options.output === '') return usage('-o cần một tên tệp, ví dụ -o khen-thuong.xlsx.', '-o needs a file name, e.g. -o awards.xlsx.');
  // The extension tells Excel what it opens: a CSV named .xlsx would not open.
  if (extension && (extension === 'xlsx' || extension === 'csv') && extension !== format) {
    return usage(`--format ${format} nhưng -o có đuôi .${extension}: đặt tên tệp đuôi .${format}, hoặc bỏ --format.`, `--format ${format} but -o ends in .${extension}: name the file .${format}, or drop --format.`);
  }
  const recipients = list(options.recipient);
  const badRecipient = recipients?.find((r) => !(RECIPIENT_KINDS as readonly string[]).includes(r));
  if (badRecipient) {
    const near = suggest(badRecipient, RECIPIENT_KINDS);
    return usage(
      `--recipient “${badRecipient}” không hợp lệ.${near ? ` Có phải ý bạn là “${near}”?` : ''} Các mã: tap-the (tập thể), ca-nhan (cá nhân), ho-gia-dinh (hộ gia đình).`,
      `invalid --recipient “${badRecipient}”.${near ? ` Did you mean “${near}”?` : ''} Codes: tap-the (collective), ca-nhan (individual), ho-gia-dinh (household).`,
    );
  }
  if (options.status && options.status !== 'proposed' && options.status !== 'granted') return usage(`--status phải là proposed (đề nghị) hoặc granted (đã khen thưởng).`, `--status must be proposed or granted.`);

  const validated = await validateForOutput(dir, out);
  if ('exit' in validated) return validated.exit;
  const { data, validation, fail } = validated;
  const forms = list(options.form);
  const knownForms = resolveForms(data.award_forms);
  const unknown = (what: { vi: string; en: string }, id: string, known: Iterable<string>) => {
    const near = suggest(id, known);
    return usage(`không có ${what.vi} “${id}”.${near ? ` Có phải ý bạn là “${near}”?` : ''}`, `no ${what.en} “${id}”.${near ? ` Did you mean “${near}”?` : ''}`);
  };
  const badForm = forms?.find((f) => !knownForms.has(f));
  if (badForm) return unknown({ vi: 'hình thức khen thưởng', en: 'award form' }, badForm, knownForms.keys());
  const units = list(options.unit);
  const knownUnits = new Set(data.units.map((u) => u.id));
  const badUnit = units?.find((u) => !knownUnits.has(u));
  if (badUnit) return unknown({ vi: 'đơn vị', en: 'unit' }, badUnit, knownUnits);
  const filters: AwardFilters = { forms, units, recipients: recipients as RecipientKind[] | undefined, status: options.status as AwardFilters['status'] };

  const { AwardListLayoutSchema, layoutOrDiagnostic } = await import('../../xlsx/layout.js');
  const loaded = layoutOrDiagnostic('award-list', AwardListLayoutSchema, data.dir, data.report.template);
  if ('diagnostic' in loaded) return fail(EXIT.dataErrors, [loaded.diagnostic]);
  const { layout } = loaded;
  const name = join(data.dir, 'out', `${outputName(data.dir)}-khen-thuong.${format}`);
  const target = options.output ?? name;
  if (outputOverInput([target], validation.inputs, userTemplateDir(data))) {
    return usage(`${target} là tệp dữ liệu hoặc nằm trong thư mục mẫu của báo cáo; không ghi đè. Chọn tên tệp khác cho -o.`, `${target} is a file the report reads, or inside its template folder; nothing overwritten. Choose another -o.`);
  }
  const diagnostics: Diagnostic[] = [...validation.diagnostics];
  let rows = 0;
  try {
    compactHeapIfBig(data.awards.length + data.models.length);
    await writeAtomically(target, async () => {
      if (format === 'csv') {
        const { awardCsv } = await import('../../xlsx/award-csv.js');
        const csv = awardCsv(data, filters, layout);
        rows = csv.rows;
        return csv.bytes;
      }
      const [{ workbookBytes }, { fillAwardWorkbook }] = await Promise.all([import('../../xlsx/workbook-bytes.js'), import('../../xlsx/award-workbook.js')]);
      return workbookBytes(buildDate(data.report.date), (workbook) => {
        const result = fillAwardWorkbook(workbook, data, filters, layout);
        rows = result.rows;
        if (result.truncated) diagnostics.push(diagnostic('warning', 'TEXT_TOO_LONG', { cells: result.truncated, max: MAX_CELL_TEXT }));
      });
    });
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    return fail(EXIT.io, [...diagnostics, writeFailure(target, error)]);
  }
  const filtered = Boolean(filters.forms?.length || filters.units?.length || filters.recipients?.length || filters.status);
  // Without a filter an empty list means the report holds counts only (`award_counts`), not that a filter missed.
  if (rows === 0) diagnostics.push(diagnostic('warning', filtered ? 'NO_DATA_TO_EXPORT' : 'NO_AWARD_LIST'));
  const shown = relative(process.cwd(), target) || target;
  out.diagnostics(diagnostics, validation.sources);
  out.say(`Đã ghi ${shown} (${rows} dòng khen thưởng)`, `Wrote ${shown} (${rows} award rows)`);
  out.jsonResult(true, diagnostics, { outputs: [shown], rows });
  return EXIT.ok;
}
