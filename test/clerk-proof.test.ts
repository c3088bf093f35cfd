import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../src/diagnostics/diagnostic.js';
import { hintOf, messageOf, MESSAGES } from '../src/diagnostics/messages.js';
import { validateFolder } from '../src/validate/validate-folder.js';
import { writeFailure } from '../src/cli/write-failure.js';
import { ROOT, edit, report, reportFolder, tempDir } from './helpers.js';

const hint = (dir: string, code: string) => {
  const d = validateFolder(dir).diagnostics.find((x) => x.code === code);
  expect(d, code).toBeDefined();
  return { d: d!, vi: hintOf(d!, 'vi') ?? '', en: hintOf(d!, 'en') ?? '', message: messageOf(d!, 'vi') };
};

describe('no silent wrong output', () => {
  it('a YAML file the report does not read is named; .yml is read like .yaml; report.yml is accepted', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'khen-thuong-huyen.yaml'), 'awards: []\n');
    const unread = validateFolder(dir).diagnostics.filter((d) => d.code === 'UNREAD_DATA_FILE');
    expect(unread.map((d) => d.args.name)).toEqual(['khen-thuong-huyen.yaml']);
    const yml = reportFolder();
    writeFileSync(join(yml, 'awards.yml'), readFileSync(join(yml, 'awards.yaml')));
    rmSync(join(yml, 'awards.yaml'));
    writeFileSync(join(yml, 'report.yml'), readFileSync(join(yml, 'report.yaml')));
    rmSync(join(yml, 'report.yaml'));
    const result = validateFolder(yml);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.data?.awards).toHaveLength(2);
  });

  it('a plain value cut by " #" gets a warning with the quoted fix', () => {
    const dir = reportFolder({ 'units.yaml': 'units:\n  - id: ubmttq-tinh\n    name: Chi đoàn #3\n  - { id: hoi-nong-dan, name: "Hội Nông dân tỉnh" }\n  - { id: hoi-lhpn, name: "Hội LHPN" }  # chú thích bình thường\n' });
    const { d, vi } = hint(dir, 'COMMENT_CUTS_VALUE');
    expect(d).toMatchObject({ severity: 'warning', line: 3, column: 20 });
    expect(vi).toContain('"Chi đoàn #3"');
    expect(validateFolder(dir).diagnostics.filter((x) => x.code === 'COMMENT_CUTS_VALUE')).toHaveLength(1);
  });

  it('a file that cannot be read does not bring a flood of follow-on errors', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'units.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(dir, 'units.yaml'), 'utf8'), 'utf16le')]));
    const codes = validateFolder(dir).diagnostics.map((d) => d.code);
    expect(codes).toContain('UTF16_FILE');
    expect(codes).not.toContain('UNKNOWN_REF');
    expect(codes).toContain('REFS_NOT_CHECKED');
    expect(hint(dir, 'UTF16_FILE').vi).toMatch(/Notepad.*UTF-8.*VS Code/);
  });
});

describe('every hint names the fix', () => {
  it('YAML slips: the line of the slip and what to type', () => {
    const cases: [string, RegExp, number][] = [
      ['units:\n  - id: xa\n    name:"Xã"\n', /`name: "Xã"`/, 3],
      ['units:\n  - id: xa\n    name: Xã: Mới\n', /`name: "Xã: Mới"`/, 3],
      ['units:\n  - id: xa\n    name: "Xã"\n   type: xa\n', /Dòng 4 thụt vào 3 dấu cách.*4 dấu cách/, 4],
      ['units:\n\t- id: xa\n', /tab/, 2],
    ];
    for (const [text, expected, line] of cases) {
      const { d, vi } = hint(reportFolder({ 'units.yaml': text }), 'YAML_SYNTAX');
      expect(vi, text).toMatch(expected);
      expect(d.line, text).toBe(line);
    }
  });

  it('a duplicate key names the first line, and the block an unindented key was meant for', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', '  name: "Nguyễn Văn A"\n', '  name: "Nguyễn Văn A"\ntitle: "PHÓ CHỦ TỊCH"\n');
    const { message, vi } = hint(dir, 'DUPLICATE_KEY');
    expect(message).toMatch(/đã có ở dòng 6/);
    expect(vi).toContain('“signer”');
  });

  it('codes with their meaning, the code for a meaning typed instead, key names untranslated', () => {
    const dir = reportFolder();
    edit(dir, 'awards.yaml', 'recipient: ca-nhan', 'recipient: cá nhân');
    expect(hint(dir, 'BAD_VALUE').vi).toBe('Viết mã `ca-nhan`. Các mã hợp lệ: tap-the (tập thể), ca-nhan (cá nhân), ho-gia-dinh (hộ gia đình).');
    const keys = reportFolder({ 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 1, measure: "hộ", xyz: 1 }\n' });
    expect(hint(keys, 'UNKNOWN_KEY').vi).toContain('unit, content');
  });

  it('a d/m/y date is one error that gives the ISO date; a decimal comma and a wrong type are explained', () => {
    const dir = reportFolder();
    edit(dir, 'report.yaml', 'date: 2024-12-20', 'date: 20/12/2024');
    const dates = validateFolder(dir).diagnostics.filter((d) => d.line === 20);
    expect(dates.map((d) => d.code)).toEqual(['BAD_DATE']);
    expect(hintOf(dates[0], 'vi')).toContain('`2024-12-20`');
    expect(hint(reportFolder({ 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 58,782, measure: "hộ" }\n' }), 'DECIMAL_COMMA').vi).toContain('`value: "58,782"`');
    const period = reportFolder();
    edit(period, 'report.yaml', 'period: { from: 2024, to: 2024 }', 'period: 2024');
    expect(hint(period, 'WRONG_TYPE').vi).toContain('`period: { from: 2024, to: 2024 }`');
  });

  it('a file for a folder says so', () => {
    const result = report(['validate', join('examples', 'tra-vinh-so-ket-2023', 'report.yaml')]);
    expect(result.stderr).toContain('[FILE_NOT_FOLDER]');
    expect(result.stderr).toContain('report validate examples/tra-vinh-so-ket-2023');
  });

  it('a file held by Word: exit 3 with the words "đóng tệp trong Word"', () => {
    const busy = writeFailure('out/bao-cao.docx', Object.assign(new Error('busy'), { code: 'EBUSY' }));
    expect(messageOf(busy, 'vi')).toContain('out/bao-cao.docx');
    expect(hintOf(busy, 'vi')).toContain('đóng tệp trong Word');
  });
});

describe('templates are checked by validate', () => {
  it('a helper given the wrong value, at its line and column, in our words', () => {
    const dir = reportFolder();
    mkdirSync(join(dir, 'mau', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'mau', 'partials', 'opening.hbs'), 'Dòng đầu\n\nNgày {{dateLong period.from}}\n');
    edit(dir, 'report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket');
    const result = report(['validate', dir, '--json']);
    expect(result.code).toBe(1);
    const d = JSON.parse(result.stdout).diagnostics[0];
    expect(d).toMatchObject({ code: 'TEMPLATE_HELPER', line: 3, column: 6 });
    expect(d.message).not.toMatch(/NaN|undefined|Cannot read/);
  });

  it('eject copies the workbook layouts and gives the template: line relative to the report folder', () => {
    const dir = reportFolder();
    const result = report(['templates', 'eject', 'so-ket', join(dir, 'work', 'mau'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).template).toBe('work/mau');
    expect(readdirSync(join(dir, 'work', 'mau', 'workbooks')).sort()).toEqual(['annexes.yaml', 'award-list.yaml']);
    edit(dir, 'report.yaml', 'kind: tong-ket', 'template: work/mau\nkind: tong-ket');
    expect(report(['build', dir, '-o', tempDir()]).code).toBe(0);
  });
});

describe('every failure is data', () => {
  it('writing under a file is exit 3 with the path named, in the JSON too, for init, eject and schema -o', () => {
    const file = join(tempDir(), 'la-tep');
    writeFileSync(file, 'x');
    for (const args of [['init', join(file, 'bc')], ['templates', 'eject', 'so-ket', join(file, 'mau')], ['schema', '-o', join(file, 's.json')]]) {
      const result = report([...args, '--json']);
      expect(result.code, args.join(' ')).toBe(3);
      const json = JSON.parse(result.stdout);
      expect(json.ok).toBe(false);
      expect(json.diagnostics[0]).toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' });
      expect(json.diagnostics[0].message).toContain('la-tep');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(existsSync(join(file, 'bc'))).toBe(false);
  });
});

describe('docs match the output', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'data-format.md'), 'utf8');
  it('every diagnostic code is listed in docs/data-format.md', () => {
    const section = doc.slice(doc.indexOf('## Khi dữ liệu có lỗi'));
    for (const code of Object.keys(MESSAGES)) {
      if (code.startsWith('TEMPLATE_')) continue; // listed as TEMPLATE_*
      expect(section, code).toContain(`\`${code}\``);
    }
  });

  it('the error example in docs/data-format.md is the real output', () => {
    const example = /```\n(units\.yaml:4:21[\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const dir = tempDir();
    const units = 'units:\n  - { id: ubmttq-tinh, name: "Ủy ban MTTQ Việt Nam tỉnh", type: mttq }\n  - { id: hoi-nong-dan, name: "Hội Nông dân tỉnh" }\n  - { id: hoi-lhpn, nmae: "Hội Liên hiệp Phụ nữ tỉnh" }\n';
    const folder = reportFolder({ 'units.yaml': units });
    const result = report(['validate', '.'], { cwd: folder });
    void dir;
    expect(result.stderr).toContain(example!.trim());
  });
});

void diagnostic;

describe('hostile input, first items', () => {
  it('terminal excerpts show control characters escaped and stay within a window', async () => {
    const { excerpt } = await import('../src/diagnostics/format-human.js');
    expect(excerpt('name: "a\u001b[31mb\u0007"', 7).text).toBe('name: "a\\x1b[31mb\\x07"');
    const long = `${'x'.repeat(5000)}LỖI${'y'.repeat(5000)}`;
    const shown = excerpt(long, 5001);
    expect(shown.text.length).toBeLessThan(200);
    expect(shown.text.slice(shown.caret, shown.caret + 3)).toBe('LỖI');
  });

  it('a file with thousands of errors on one line prints a bounded report', () => {
    const line = `units: [${Array.from({ length: 3000 }, (_, i) => `{ id: "U${i}", name: "x" }`).join(', ')}]\n`;
    const result = report(['validate', reportFolder({ 'units.yaml': line })]);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(60_000);
    expect(result.stderr).toMatch(/… và \d+ vấn đề khác trong/);
  });

  it('CR-only line endings count lines as an editor shows them', () => {
    const dir = reportFolder({ 'units.yaml': 'units:\r  - { id: ubmttq-tinh, name: "A" }\r  - { id: xa, nmae: "B" }\r' });
    expect(validateFolder(dir).diagnostics.find((d) => d.code === 'UNKNOWN_KEY')).toMatchObject({ line: 3 });
  });

  it('numbers past 2^53 and report dates the zip cannot store are errors, not wrong output', () => {
    const big = reportFolder({ 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 9007199254740993, measure: "hộ" }\n' });
    expect(validateFolder(big).diagnostics.map((d) => d.code)).toContain('NUMBER_TOO_LARGE');
    const late = reportFolder();
    edit(late, 'report.yaml', 'date: 2024-12-20', 'date: 2124-12-20');
    expect(validateFolder(late).diagnostics.map((d) => d.code)).toContain('DATE_OUT_OF_RANGE');
  });

  it('a killed run leaves temporaries that the next run into the folder removes', () => {
    const out = tempDir();
    writeFileSync(join(out, '.tmp-x.docx.0a1b2c3d.tmp'), 'bỏ dở');
    const dir = reportFolder();
    const name = dir.split('/').pop()!;
    writeFileSync(join(out, `.${name}.docx.0a1b2c3d.tmp`), 'bỏ dở');
    expect(report(['build', dir, '-o', out]).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith(`.${name}`))).toEqual([]);
  });
});

describe('bounded work on big and hostile files', () => {
  it('a place in a big file is found from its text exactly where the syntax tree would put it', async () => {
    const [{ quickLocate }, { parseYaml }, { locate }] = await Promise.all([import('../src/load/quick-locate.js'), import('../src/load/parse-yaml.js'), import('../src/load/locate.js')]);
    const flow = 'awards:\n' + Array.from({ length: 40 }, (_, i) => `  - { form: giay-khen, recipient: tap-the, name: "Tên ${i}", unit: a }\n`).join('');
    const block = '# đầu\nunits:\n  - { id: a, name: "A" }\nawards:\n' + Array.from({ length: 40 }, (_, i) => `  - form: giay-khen\n    recipient: tap-the\n\n    name: "Tên ${i}"   # ghi chú\n    unit: a\n`).join('') + 'award_counts:\n  - { form: x }\n';
    for (const text of [flow, block]) {
      const file = parseYaml('/x.yaml', 'x.yaml', text).file!;
      for (const i of [0, 1, 20, 39]) {
        for (const field of [undefined, 'name', 'unit']) {
          for (const key of [false, true]) {
            const path = field ? ['awards', i, field] : ['awards', i];
            expect(quickLocate(text, 'x.yaml', path, key), JSON.stringify(path)).toEqual(locate(file, path, { key }));
          }
        }
      }
    }
  });

  it('an alias to its own anchor is an error, not a crash', () => {
    expect(validateFolder(reportFolder({ 'units.yaml': 'units: &a [*a]\n' })).diagnostics.map((d) => d.code)).toContain('ALIAS_CYCLE');
  });

  it('100,000 stars in a narrative parse in one pass and print literally', async () => {
    const { parseInlines } = await import('../src/render/parse-inlines.js');
    const stars = '*'.repeat(100_001);
    expect(parseInlines(stars).map((i) => i.text).join('').length).toBeGreaterThan(0);
    expect(parseInlines('a *nghiêng* và **đậm**')).toEqual([{ text: 'a ' }, { text: 'nghiêng', italic: true }, { text: ' và ' }, { text: 'đậm', bold: true }]);
  });
});

describe('hostile input, the last items', () => {
  it('an overlong UTF-8 sequence is placed at its line and column', () => {
    const dir = reportFolder();
    writeFileSync(join(dir, 'units.yaml'), Buffer.concat([Buffer.from('units:\n  - { id: x, name: "A'), Buffer.from([0xc0, 0x80]), Buffer.from('B" }\n')]));
    expect(validateFolder(dir).diagnostics.find((d) => d.code === 'NOT_UTF8')).toMatchObject({ line: 2, column: 22 });
  });

  it('a %YAML 1.1 header keeps dates as dates of the format, aliases or not', () => {
    const dir = reportFolder({ 'awards.yaml': '%YAML 1.1\n---\nawards:\n  - &a { form: giay-khen, recipient: tap-the, name: "A", decision_date: 2024-12-15 }\n  - *a\n' });
    expect(validateFolder(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a reader that stops early (| head -c 1) is not a crash', () => {
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(join(ROOT, 'bin', 'report.js'))} schema | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('0');
  });
});

describe('nothing outside the report folder is read or echoed', () => {
  it('a data file linked to a file outside the folder is refused unread', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = reportFolder();
    const secret = join(tempDir(), 'bi-mat.yaml');
    writeFileSync(secret, 'mat-khau: hunter2\n');
    rmSync(join(dir, 'models.yaml'));
    symlinkSync(secret, join(dir, 'models.yaml'));
    const result = report(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[DATA_OUTSIDE_FOLDER]');
    expect(result.stderr).not.toContain('hunter2');
  });
});
