import { join } from 'node:path';
import { packView, type DecisionView, type PackView } from '../compute/pack-view.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { placeAndDate } from '../format/document-number.js';
import { escapeDeep } from '../format/escape-markdown.js';
import { smartQuotes } from '../format/smart-quotes.js';
import type { Block } from '../render/doc-model.js';
import { layoutOrDiagnostic } from '../render/layout-file.js';
import { parseMarkdown } from '../render/parse-markdown.js';
import { renderTemplate } from '../render/render-template.js';
import { resolvePackFile, templateProblemDiagnostic } from '../render/template-files.js';
import { textTemplate } from '../render/text-template.js';
import type { ReportData } from '../schema/report-data.js';
import { CertificateLayoutSchema, type CertificateLayout } from '../write/docx/certificate-layout.js';
import { fitText } from '../write/docx/fit-text.js';
import { buildDate } from '../write/deterministic-zip.js';
import type { BuildOutput } from './plan-build.js';

/** The pack's files, their names fixed so a CI job can find them. */
export const PACK_FILES = {
  proposal: (slug: string) => `${slug}.docx`,
  decision: (slug: string) => `quyet-dinh-${slug}.docx`,
  certificates: (slug: string) => `phoi-${slug}.docx`,
  ceremony: 'kich-ban-trao-thuong.docx',
  money: 'tong-hop-tien-thuong.xlsx',
} as const;

type Rendered = { blocks: Block[] } | { diagnostics: Diagnostic[] };

/**
 * Validated data → every document of the award pack (tờ trình, quyết định with its list,
 * certificates, ceremony script, money table); nothing written yet. Every count and list
 * comes from one computation, so they agree by construction.
 */
export async function planPack(data: ReportData, outDir: string): Promise<{ outputs: BuildOutput[]; diagnostics: Diagnostic[] }> {
  const view = packView(data);
  const warnings: Diagnostic[] = [];
  if (view.decisions.length === 0) return { outputs: [], diagnostics: [diagnostic('error', 'PACK_NO_AWARDS', {})] };
  if (view.countedOnly.length) warnings.push(diagnostic('warning', 'PACK_COUNTED_ONLY', { forms: view.countedOnly.join(', ') }));
  for (const d of view.decisions) if (d.money?.missing.length) warnings.push(diagnostic('warning', 'PACK_NO_COEFFICIENT', { form: d.form, kinds: d.money.missing.join(', ') }));

  const common = { movement: view.movement, periodPhrase: view.period, issuerSubject: view.issuerSubject, movementBasis: view.movementBasis, funding: data.report.pack?.funding ?? null };
  // Each template file is found and read once, however many documents use it.
  const files = new Map<string, ReturnType<typeof resolvePackFile>>();
  const render = (file: string, model: object): Rendered => {
    let template = files.get(file);
    if (!template) files.set(file, (template = resolvePackFile(file, data.report.template, data.dir)));
    if (!('text' in template)) return { diagnostics: [templateProblemDiagnostic(template)] };
    const result = renderTemplate({ main: template, partials: new Map() }, escapeDeep(model, smartQuotes));
    return result.markdown === undefined ? { diagnostics: result.diagnostics } : { blocks: parseMarkdown(result.markdown) };
  };
  const errors: Diagnostic[] = [];
  const blocks = (rendered: Rendered): Block[] => {
    if ('diagnostics' in rendered) {
      errors.push(...rendered.diagnostics);
      return [];
    }
    return rendered.blocks;
  };

  const date = buildDate(data.report.date);
  const { writeDocx } = await import('../write/docx/write-docx.js');
  const outputs: BuildOutput[] = [];
  for (const proposal of view.proposals) {
    // The tờ trình cites the law and the movement's own texts; the deciding body's own basis belongs to its decision.
    const body = blocks(render('to-trinh.hbs', { ...common, basis: view.basis, proposal }));
    const list = blocks(render('danh-sach.hbs', { list: proposal.list, counts: proposal.counts }));
    outputs.push({ path: join(outDir, PACK_FILES.proposal(proposal.slug)), kind: 'docx', bytes: () => writeDocx(proposal.frame, body, date, list) });
  }
  for (const decision of view.decisions) {
    const body = blocks(render('quyet-dinh.hbs', { ...common, basis: [...decision.authority.basis, ...view.basis], decision }));
    const list = blocks(render('danh-sach.hbs', { list: decision.list, counts: decision.counts }));
    outputs.push({ path: join(outDir, PACK_FILES.decision(decision.slug)), kind: 'docx', bytes: () => writeDocx(decision.frame, body, date, list) });
  }
  const ceremony = blocks(render('kich-ban.hbs', { ...common, ceremony: view.ceremony }));
  outputs.push({ path: join(outDir, PACK_FILES.ceremony), kind: 'docx', bytes: () => writeDocx(view.ceremony.frame, ceremony, date) });

  if (view.certificates.length) {
    const layout = layoutOrDiagnostic('certificate', CertificateLayoutSchema, data.dir, data.report.template, 'pack');
    if ('diagnostic' in layout) errors.push(layout.diagnostic);
    else {
      const { writeCertificates } = await import('../write/docx/certificate-pages.js');
      for (const decision of view.certificates) {
        const pages = certificatePages(decision, layout.layout, warnings);
        outputs.push({ path: join(outDir, PACK_FILES.certificates(decision.slug)), kind: 'docx', bytes: () => writeCertificates(layout.layout, pages, date) });
      }
    }
  }
  if (view.decisions.some((d) => d.money)) outputs.push({ path: join(outDir, PACK_FILES.money), kind: 'xlsx', bytes: () => moneyBytes(view, date) });
  // A template used for several documents fails the same way for each: said once.
  const once = new Map(errors.map((d) => [`${d.code}|${d.file}|${d.line}|${d.column}|${JSON.stringify(d.args)}`, d]));
  if (errors.length) return { outputs: [], diagnostics: [...once.values()] };
  return { outputs, diagnostics: warnings };
}

/** Each recipient's certificate: every field's text, and a warning for one that cannot fit its box. */
function certificatePages(decision: DecisionView, layout: CertificateLayout, warnings: Diagnostic[]): Record<string, string>[] {
  return decision.people.map((person) => {
    const context = {
      ...person,
      formName: decision.formName,
      decision: decision.reference,
      decisionNumber: decision.number,
      placeAndDate: placeAndDate(decision.frame),
      signerTitle: decision.authority.signer.title,
      signerName: decision.authority.signer.name,
    };
    const values: Record<string, string> = {};
    for (const field of layout.fields) {
      const text = textTemplate(field.text)(context).replace(/[\r\n]+/g, ' ').trim();
      values[field.name] = text;
      if (!fitText(text, field).fits) warnings.push(diagnostic('warning', 'CERTIFICATE_TEXT_OVERFLOW', { field: field.name, name: person.name, form: decision.form }));
    }
    return values;
  });
}

async function moneyBytes(view: PackView, date: Date): Promise<Uint8Array> {
  const [{ workbookBytes }, { fillMoneyWorkbook }] = await Promise.all([import('../xlsx/workbook-bytes.js'), import('../xlsx/money-workbook.js')]);
  const title = ['BẢNG TỔNG HỢP TIỀN THƯỞNG', `Phong trào thi đua “${view.movement}” ${view.period}`];
  return workbookBytes(date, (workbook) => fillMoneyWorkbook(workbook, view.decisions, title));
}
