import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../src/diagnostics/messages.js';
import { validateFolder } from '../src/validate/validate-folder.js';
import { report, reportFolder, tempDir } from './helpers.js';

const codes = (dir: string) => validateFolder(dir).diagnostics.map((d) => `${d.code} ${d.file?.split('/').pop()}:${d.line}:${d.column}`);

describe('loading a report folder', () => {
  it('YAML syntax errors are diagnostics with a place', () => {
    const dir = reportFolder({ 'models.yaml': 'models:\n  - { id: m1, name: "M\n' });
    expect(codes(dir).some((c) => c.startsWith('YAML_SYNTAX models.yaml:'))).toBe(true);
    const first = validateFolder(dir).diagnostics[0];
    expect(messageOf(first, 'vi')).toBe('Lỗi cú pháp YAML: thiếu dấu đóng (ngoặc kép, ngoặc nhọn } hoặc ngoặc vuông ])');
    expect(messageOf(first, 'en')).toBe('YAML syntax error: a closing quote or bracket is missing');
  });

  it('a duplicate key is an error at the second key', () => {
    const dir = reportFolder({ 'models.yaml': 'models:\n  - id: m1\n    name: "M"\n    name: "N"\n    type: mo-hinh\n    unit: hoi-lhpn\n' });
    expect(codes(dir)).toContain('DUPLICATE_KEY models.yaml:4:5');
    expect(validateFolder(dir).diagnostics[0].args.key).toBe('name');
  });

  it('an alias bomb (billion laughs) is refused, not expanded', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = reportFolder({ 'models.yaml': lines.join('\n') + '\n' });
    expect(codes(dir).some((c) => c.startsWith('ALIAS_LIMIT models.yaml:'))).toBe(true);
  });

  it('an empty data file is a warning; an empty report.yaml an error', () => {
    expect(validateFolder(reportFolder({ 'models.yaml': '# nothing yet\n' })).diagnostics).toMatchObject([{ code: 'EMPTY_FILE', severity: 'warning' }]);
    expect(validateFolder(reportFolder({ 'report.yaml': '' })).diagnostics).toMatchObject([{ code: 'EMPTY_FILE', severity: 'error' }]);
  });

  it('a file that is not UTF-8 points at the first bad byte', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'models.yaml'), Buffer.concat([Buffer.from('models:\n  - id: m1\n    name: "Tr'), Buffer.from([0xb8]), Buffer.from(' Vinh"\n')]));
    expect(codes(dir)).toContain('NOT_UTF8 models.yaml:3:14');
  });

  it('text that looks like TCVN3 or VNI asks for Unicode', () => {
    const dir = reportFolder({ 'models.yaml': 'models:\n  - { id: m1, name: "Tr¸ Vinh", type: mo-hinh, unit: hoi-lhpn }\n  - { id: m2, name: "Vieät Nam", type: mo-hinh, unit: hoi-lhpn }\n' });
    expect(codes(dir)).toEqual(['LEGACY_ENCODING models.yaml:2:21', 'LEGACY_ENCODING models.yaml:3:21']);
  });

  it('a UTF-8 byte-order mark (as Notepad writes) is accepted', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'models.yaml'), '\uFEFFmodels:\n  - { id: m1, name: "Mô hình", type: mo-hinh, unit: hoi-lhpn }\n');
    const { data, diagnostics } = validateFolder(dir);
    expect(diagnostics).toEqual([]);
    expect(data?.models.map((m) => m.id)).toEqual(['m1']);
  });

  it('foreign names are not taken for a legacy encoding', () => {
    const dir = reportFolder({ 'models.yaml': 'models:\n  - { id: m1, name: "Jürgen Müller, Søren, Peña, Noël, «Đoàn kết»", type: mo-hinh, unit: hoi-lhpn }\n' });
    expect(codes(dir)).toEqual([]);
  });

  it('decomposed (NFD) text is loaded as NFC', () => {
    const nfd = 'Hội Nông dân tỉnh'.normalize('NFD');
    const dir = reportFolder({ 'models.yaml': `models:\n  - { id: m1, name: "${nfd}", type: mo-hinh, unit: hoi-lhpn }\n` });
    const { data } = validateFolder(dir);
    expect(data?.models[0].name).toBe('Hội Nông dân tỉnh'.normalize('NFC'));
    expect(data?.models[0].name).not.toBe(nfd);
  });

  it('`data:` globs choose the files; one kind over several files is merged; one file holds several kinds', () => {
    const dir = reportFolder();
    for (const f of ['units.yaml', 'models.yaml', 'figures.yaml', 'indicators.yaml', 'awards.yaml']) rmSync(join(dir, f));
    mkdirSync(join(dir, 'data', 'khen-thuong'), { recursive: true });
    writeFileSync(join(dir, 'data', 'don-vi.yaml'), 'units:\n  - { id: hoi-nong-dan, name: "Hội Nông dân tỉnh" }\nfigures:\n  - { id: f1, label: "Hộ", value: 3, content: nd2 }\n');
    writeFileSync(join(dir, 'data', 'don-vi-2.yaml'), 'units:\n  - { id: hoi-lhpn, name: "Hội Liên hiệp Phụ nữ tỉnh" }\n');
    writeFileSync(join(dir, 'data', 'khen-thuong', 'dot-1.yaml'), 'awards:\n  - { form: giay-khen, recipient: tap-the, name: "A", unit: hoi-lhpn }\n');
    writeFileSync(join(dir, 'units.yaml'), 'units:\n  - { id: khong-doc, name: "Tệp không nằm trong data: nên không được đọc" }\n');
    writeFileSync(join(dir, 'report.yaml'), `${readReport(dir)}data: ["data/*.yaml", "data/**/dot-*.yaml"]\n`);
    const { data, diagnostics } = validateFolder(dir);
    // The file left out of `data:` is not read, and the clerk is told so.
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'UNREAD_DATA_FILE', args: { name: 'units.yaml' } }]);
    expect(data?.units.map((u) => u.id).sort()).toEqual(['hoi-lhpn', 'hoi-nong-dan']);
    expect(data?.figures).toHaveLength(1);
    expect(data?.awards).toHaveLength(1);
  });

  it('a `data:` entry matching nothing is an error at that entry', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'report.yaml'), `${readReport(dir)}data: ["khong-co/*.yaml"]\n`);
    expect(codes(dir).some((c) => c.startsWith('DATA_GLOB_EMPTY report.yaml:'))).toBe(true);
  });

  it('a folder without report.yaml, a file that is a list, an unknown top-level key', () => {
    expect(validateFolder(tempDir()).diagnostics.map((d) => d.code)).toEqual(['MISSING_REPORT']);
    expect(codes(reportFolder({ 'models.yaml': '- a\n- b\n' }))).toContain('TOP_LEVEL_NOT_MAP models.yaml:1:1');
    expect(codes(reportFolder({ 'models.yaml': 'modles: []\n' }))).toContain('UNKNOWN_KEY models.yaml:1:1');
  });

  it('an unreadable file is an I/O failure (exit 3)', () => {
    if (process.getuid?.() === 0) {
      // root reads everything: make the "file" a folder instead, which cannot be read as a file either.
      const dir = reportFolder();
      rmSync(join(dir, 'models.yaml'));
      mkdirSync(join(dir, 'models.yaml'));
      expect(report(['validate', dir]).code).toBe(3);
      return;
    }
    const dir = reportFolder();
    chmodSync(join(dir, 'models.yaml'), 0o000);
    expect(report(['validate', dir]).code).toBe(3);
  });
});

function readReport(dir: string): string {
  return readFileSync(join(dir, 'report.yaml'), 'utf8');
}
