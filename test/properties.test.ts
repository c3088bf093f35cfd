import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { smartQuotes } from '../src/format/smart-quotes.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { planBuild } from '../src/plan/plan-build.js';
import { validateFolder } from '../src/validate/validate-folder.js';
import { workbookBytes } from '../src/xlsx/workbook-bytes.js';
import { fillAwardWorkbook } from '../src/xlsx/award-workbook.js';
import { AwardListLayoutSchema, loadLayout, type AwardListLayout } from '../src/xlsx/layout.js';
import { xmlSafe } from '../src/write/xml-safe.js';
import { looksLegacy } from '../src/load/legacy-encoding.js';
import { paragraphs, reportFolder, tempDir } from './helpers.js';
import { unzipSync } from 'fflate';

const DATA_FILES = ['units.yaml', 'models.yaml', 'figures.yaml', 'indicators.yaml', 'awards.yaml'];

describe('load → validate never throws', () => {
  it('on random YAML values in any data file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_FILES, 'report.yaml'), fc.jsonValue(), (file, value) => {
        const dir = reportFolder({ [file]: stringify(value) });
        const result = validateFolder(dir);
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('on random Unicode text as a file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_FILES), fc.string({ unit: 'binary', maxLength: 300 }), (file, text) => {
        const dir = reportFolder({ [file]: text });
        const result = validateFolder(dir);
        for (const d of result.diagnostics) expect(typeof d.code).toBe('string');
      }),
      { numRuns: 80 },
    );
  });

  it('on random data-shaped entries with random field values', () => {
    const field = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom('units', 'models', 'figures', 'indicators', 'ocop', 'awards', 'award_counts', 'award_forms'), fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'form', 'unit', 'year', 'rank', 'of', 'value', 'code', 'recipient', 'parent', 'x'), field), { maxLength: 5 }), (kind, entries) => {
        const dir = reportFolder({ 'models.yaml': stringify({ [kind]: entries }) });
        expect(() => validateFolder(dir)).not.toThrow();
      }),
      { numRuns: 80 },
    );
  });
});

/** Text as a reader sees it: XML-impossible characters dropped, NFC, runs of white space as one. */
const seen = (text: string) => xmlSafe(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
const special = fc.constantFrom('*', '**', '_', '|', '#', '<b>', '&amp;', '\\', '=', '- ', '+ ', '1. ', '`', '[x]', '\u0007', '\n', 'Đ', 'ệ');
const name = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.string({ unit: special, minLength: 1, maxLength: 12 }))
  .filter((s) => seen(s).length > 0 && !looksLegacy(s.normalize('NFC'))); // legacy-looking text is refused, by design

describe('random names print literally', () => {
  it('in the DOCX (model and unit names) and as text cells in the XLSX (award names, positions, achievements)', async () => {
    const { layout } = loadLayout<AwardListLayout>('award-list', AwardListLayoutSchema);
    await fc.assert(
      fc.asyncProperty(name, name, name, name, async (modelName, unitName, awardName, achievement) => {
        const dir = reportFolder({
          'units.yaml': stringify({ units: [{ id: 'ubmttq-tinh', name: unitName }, { id: 'hoi-nong-dan', name: 'Hội Nông dân tỉnh' }, { id: 'hoi-lhpn', name: 'Hội LHPN' }] }),
          'models.yaml': stringify({ models: [{ id: 'm1', name: modelName, type: 'mo-hinh', unit: 'ubmttq-tinh', content: 'nd1' }] }),
          'awards.yaml': stringify({ awards: [{ form: 'giay-khen', recipient: 'ca-nhan', name: awardName, position: achievement, unit: 'ubmttq-tinh', achievement }] }),
        });
        const { data, diagnostics } = validateFolder(dir);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const plan = await planBuild(data!, tempDir());
        expect(plan.diagnostics).toEqual([]);
        const docx = await plan.outputs[0].bytes();
        const text = seen(paragraphs(new TextDecoder().decode(unzipSync(docx)['word/document.xml'])).join('\n'));
        // Data strings print literally but for straight double quotes, which become “ ” (each string on its own).
        expect(text).toContain(seen(`+ ${smartQuotes(modelName)} (${smartQuotes(unitName)}).`));

        const xlsx = await workbookBytes(new Date('2024-01-01T00:00:00Z'), (wb) => fillAwardWorkbook(wb, data!, {}, layout));
        const out = join(tempDir(), 'k.xlsx');
        mkdirSync(join(out, '..'), { recursive: true });
        writeFileSync(out, xlsx);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(out);
        const row = book.getWorksheet('Danh sách')!.getRow(8);
        for (const [col, expected] of [[2, awardName], [3, achievement], [7, achievement]] as const) {
          const cell = row.getCell(col);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(seen(String(cell.value))).toBe(seen(expected));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 15) },
    );
  });
});

describe('hostile input never crashes, hangs or writes half a file', () => {
  it('random bytes as a data file and random text as a template partial', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 80 }), async (bytes, partial) => {
        const dir = reportFolder();
        writeFileSync(join(dir, 'models.yaml'), bytes);
        mkdirSync(join(dir, 'mau', 'partials'), { recursive: true });
        writeFileSync(join(dir, 'mau', 'partials', 'situation.hbs'), partial);
        writeFileSync(join(dir, 'report.yaml'), readFileSync(join(dir, 'report.yaml'), 'utf8').replace('kind: tong-ket', 'template: mau\nkind: tong-ket'));
        const { data } = validateFolder(dir); // never throws
        if (!data) return;
        const plan = await planBuild(data, tempDir());
        for (const output of plan.outputs) {
          const zipped = unzipSync(await output.bytes()); // every written file is a whole zip
          expect(Object.keys(zipped).length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 25 },
    );
  });
});
