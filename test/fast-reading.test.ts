// The fast paths of reading a folder give what the plain ones give: the plain-shape YAML reader
// gives js-yaml's value (or steps aside), the hand-written award check gives zod's, the NFC walk is
// skipped only where it would change nothing, deferred recipient lists read like lists.
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deferredList } from '../src/format/deferred-list.js';
import { escapeDeep } from '../src/format/escape-markdown.js';
import { NEVER_NORMALISED } from '../src/load/normalise-text.js';
import { NOT_PLAIN, readPlainYaml } from '../src/load/plain-yaml.js';
import { AwardSchema } from '../src/schema/award.js';
import { validateFolder } from '../src/validate/validate-folder.js';
import { plainAward } from '../src/validate/award-fast-path.js';
import { ROOT, reportFolder } from './helpers.js';

/** What js-yaml makes of a text, or 'throws'. */
function jsYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return 'throws';
  }
}

/** The reader's promise: js-yaml's very value, keys in the same order, or NOT_PLAIN. */
function agreesWithJsYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === NOT_PLAIN) return true;
  const reference = jsYaml(text);
  expect(reference, text).not.toBe('throws');
  expect(isDeepStrictEqual(plain, reference), text).toBe(true);
  expect(JSON.stringify(plain), text).toBe(JSON.stringify(reference));
  return false;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const path = join(dir, n);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(n) ? [path] : [];
  });

describe('the plain-shape YAML reader gives what js-yaml gives, or steps aside', () => {
  it('on every YAML file of the examples, the fixtures and the bad-input corpus', () => {
    const files = ['examples', 'test', 'templates'].flatMap((d) => yamlFiles(join(ROOT, d)));
    let read = 0;
    for (const file of files) if (!agreesWithJsYaml(readFileSync(file, 'utf8'))) read++;
    // Not a vacuous pass: the data files of the examples are in the plain shape.
    expect(read).toBeGreaterThan(files.length / 3);
  });

  it('reads the two shapes people write lists in, block and one-line flow', () => {
    const block = [
      '# Khen thưởng',
      'awards:',
      '  - form: bang-khen-tinh',
      '    recipient: ca-nhan',
      '    name: Nguyễn Văn A   # trưởng ấp',
      "    position: 'Bí thư ''Chi bộ'' ấp #3'",
      '    decision: "12/QĐ-UBND"',
      '',
      '  -   form: giay-khen',
      '      recipient: tap-the',
      '      name: Hội Nông dân xã #2',
      'award_counts:',
      '- { form: co-thi-dua, collectives: 3, note: "ngành Giáo dục" }',
      '- total: 25',
      'figures: []',
      'units: {}',
      'x:',
      'y: [1, -2.5, 0x1F, ~, null, True, yes, 1_000, .inf, 2023-01-02, "08"]',
    ].join('\n');
    expect(agreesWithJsYaml(`--- # bắt đầu\n${block}`)).toBe(false);
    expect(readPlainYaml(block)).not.toBe(NOT_PLAIN);
    expect(agreesWithJsYaml(block)).toBe(false);
    const json = 'awards:\n  - {"form":"giay-khen","recipient":"ca-nhan","name":"Lê Thị B","year":2023}\n';
    expect(readPlainYaml(json)).not.toBe(NOT_PLAIN);
    expect(agreesWithJsYaml(json)).toBe(false);
    const flow = readPlainYaml('awards:\n  - { form: giay-khen, recipient: ca-nhan, name: "Lê Thị B", decision_date: 2023-08-18 }\n') as { awards: unknown[] };
    expect(flow.awards).toEqual([{ form: 'giay-khen', recipient: 'ca-nhan', name: 'Lê Thị B', decision_date: '2023-08-18' }]);
  });

  it('steps aside for what is beyond its shape or wrong', () => {
    const beyond = [
      'a: |\n  text\n', // block scalar
      'a: &x 1\nb: *x\n', // anchors
      'a: !!str 1\n', // a tag
      'a: b\n  c\n', // a plain scalar on two lines
      'a: "b\n  c"\n', // a quoted one
      'a: "\\u00e9"\n', // an escape
      'a: { b: 1,\n  c: 2 }\n', // a flow mapping on two lines
      'a: 1\na: 2\n', // a duplicate key (js-yaml refuses it)
      'a:\n\tb: 1\n', // a tab
      'a: b: c\n', // a colon in a value
      'a:\n  -\n- b\n', // an empty item (js-yaml gives the less indented item to its list)
      '---\na: 1\n---\nb: 2\n', // two documents
      '--- a: 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '__proto__: 1\n',
      '"a": 1\n',
      'a: [b, ]\n',
      'a: { b }\n',
      'a: - b\n',
      '',
      '# only a comment\n',
    ];
    for (const text of beyond) expect(readPlainYaml(text), text).toBe(NOT_PLAIN);
  });

  it('agrees on generated documents near its shape (keys, scalars, flows, indents, comments)', () => {
    const key = fc.constantFrom('form', 'name', 'True', 'null', 'a_b', 'x-y', '__proto__', 'a b', '"q"', 'name');
    const scalar = fc.constantFrom(
      'bang-khen', '1', '-1.5', '0x1F', '1_000', '.inf', '.NaN', '~', 'null', 'Null', 'true', 'FALSE', 'yes', '2023-01-02', '012', '+1', '1e3',
      'Nguyễn Văn A', 'a: b', 'a #b', 'a#b', 'a:b', '"q"', '"q #x"', "'it''s'", "'a", '"a\\"b"', '""', "''", '-', '- a', '-a', '?a', ':a', '@a', '`a', '%a', '&a', '*a', '!a', '|', '>',
      'a, b', '[a]', '{a: 1}', '[a, {b: c}]', '{ a: [1, 2], b: "x, y" }', '{}', '[]', '[a,]', '{a: }', '{ a: b c }', '{ a: http://x }', 'x ', '“Đoàn kết”',
      'Hội "Nông dân"', "a'b", 'a  b', 'a,b', 'a]', 'a}', '[a, "b, c", \'d\']', '{ a: "}" }', '[ ]', '{ a: 1 } x', '"a" b', 'é\u0301',
      '{"a":1}', '{"a": "b", "c":2}', '{"a":"x"}', '{ "a" : 1 }', '{"__proto__": 1}', '{"a":1,"a":2}', '{"a\\"b": 1}', '{"a":[1,{"b":null}]}', '{"a":}', '{"a":"b":"c"}', '{"a",}', '{"a"}', '{"":1}', '{"a":b c}',
    );
    const indent = fc.constantFrom('', ' ', '  ', '    ');
    const comment = fc.constantFrom('', ' # c', '#c', '  #c');
    const line = fc.oneof(
      fc.tuple(indent, key, scalar, comment).map(([i, k, v, c]) => `${i}${k}: ${v}${c}`),
      fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`),
      fc.tuple(indent, scalar, comment).map(([i, v, c]) => `${i}- ${v}${c}`),
      fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}- ${k}: ${v}`),
      fc.tuple(indent, key).map(([i, k]) => `${i}-   ${k}:`),
      fc.tuple(indent).map(([i]) => `${i}-`),
      fc.tuple(indent, comment).map(([i, c]) => `${i}${c.trim()}`),
      fc.constant(''),
    );
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom('', '---\n', '--- #c\n', '---x\n', '--- \n', '...\n'), fc.tuple(key, fc.array(fc.oneof(line, fc.constantFrom('---', '...')), { maxLength: 8 })), (start, [top, lines]) => {
        if (!agreesWithJsYaml(start + [`${top}:`, ...lines].join('\n'))) read++;
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('a folder read through it validates as before, places included', () => {
    const dir = reportFolder({ 'awards.yaml': 'awards:\n  - form: giay-khen\n    recipient: ca-nhan\n    name: Lê Văn C\n    unit: khong-co\n' });
    const { diagnostics } = validateFolder(dir);
    expect(diagnostics.map((d) => [d.code, d.file?.endsWith('awards.yaml'), d.line])).toContainEqual(['UNKNOWN_REF', true, 5]);
  });
});

describe('the hand-written award check gives what AwardSchema gives', () => {
  it('for valid awards, and hands everything else to zod', () => {
    const value = fc.oneof(
      fc.constantFrom('giay-khen', 'Bang-Khen', 'a--b', '', ' ', 'Lê Thị A', 'tap-the', 'ca-nhan', 'ho-gia-dinh', 'x', 'proposed', 'granted', 'nam', 'nu', 'nữ'),
      fc.constantFrom('2023-08-18', '2023-02-29', '2024-02-29', '2023-13-01', '23-08-18', '2023-08-18T00:00'),
      fc.constantFrom(null, undefined, 0, 1, true, [], {}),
    );
    const keys = ['form', 'recipient', 'name', 'position', 'unit', 'decision', 'decision_date', 'status', 'achievement', 'gender', 'note', 'extra'];
    let fast = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 9 }), fc.constantFrom('giay-khen', 'bang-khen-tinh'), fc.constantFrom('tap-the', 'ca-nhan'), fc.constantFrom('A', 'Lê Văn B'), (extra, form, recipient, name) => {
        for (const item of [extra, { form, recipient, name, ...extra }]) {
          const mine = plainAward(item);
          if (mine === undefined) continue;
          fast++;
          const theirs = AwardSchema.safeParse(item);
          expect(theirs.success, JSON.stringify(item)).toBe(true);
          expect(mine).toEqual(theirs.data);
          expect(Object.keys(mine)).toEqual(Object.keys(theirs.data!));
        }
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(200);
  });
});

describe('NFC', () => {
  it('no two characters of the never-normalised set compose or reorder', () => {
    const chars = NEVER_NORMALISED.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCharCode(lo + i)));
    for (const c of chars) expect(c.normalize('NFC'), `U+${c.charCodeAt(0).toString(16)}`).toBe(c);
    // Every ordered pair, side by side in one text: NFC leaves it as it is.
    const pairs = chars.flatMap((a) => chars.map((b) => a + b)).join('');
    expect(pairs.normalize('NFC') === pairs).toBe(true);
  });

  it('a decomposed letter built by an escape is still normalised', () => {
    const dir = reportFolder({ 'models.yaml': 'models:\n  - { id: m1, name: "Hội Nông dân ti\\u0309nh", type: mo-hinh, unit: hoi-lhpn }\n' });
    expect(validateFolder(dir).data?.models[0].name).toBe('Hội Nông dân tỉnh');
  });
});

describe('a deferred list', () => {
  it('is made only when read, once, and reads like the list it stands for', () => {
    let made = 0;
    const list = deferredList(3, () => (made++, ['a', 'b*', 'c']));
    expect(list.length).toBe(3);
    expect(Array.isArray(list)).toBe(true);
    expect(made).toBe(0);
    expect(list.map((x) => x.toUpperCase())).toEqual(['A', 'B*', 'C']);
    expect([...list]).toEqual(['a', 'b*', 'c']);
    expect(JSON.stringify(list)).toBe('["a","b*","c"]');
    expect(Object.keys(list)).toEqual(['0', '1', '2']);
    expect(Handlebars.compile('{{#each list}}{{@index}}={{this}};{{/each}}')({ list })).toBe('0=a;1=b*;2=c;');
    expect(made).toBe(1);
  });

  it('stays deferred through escaping, and is escaped when read', () => {
    let made = 0;
    const view = escapeDeep({ recipients: deferredList(2, () => (made++, [{ name: 'A*' }, { name: 'B_' }])) });
    expect(view.recipients.length).toBe(2);
    expect(made).toBe(0);
    expect(view.recipients.map((r) => r.name)).toEqual(['A\\*', 'B\\_']);
  });
});

describe('places in a big file', () => {
  it('every one of thousands of mistakes in a file past 1 MB is placed at its line and column', () => {
    const lines = ['awards:'];
    const wrong: number[] = [];
    for (let i = 0; i < 6000; i++) {
      const date = i % 3 === 0 ? '18/08/2023' : '2023-08-18';
      lines.push(`  - { form: giay-khen, recipient: ca-nhan, name: "Người thứ ${i} có tên khá dài để tệp vượt một megabyte", unit: hoi-lhpn, decision_date: ${date}, achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2023 trong phong trào thi đua" }`);
      if (i % 3 === 0) wrong.push(lines.length);
    }
    const text = lines.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(1_000_000);
    const { diagnostics } = validateFolder(reportFolder({ 'awards.yaml': text }));
    const dates = diagnostics.filter((d) => d.code === 'BAD_DATE');
    expect(dates.map((d) => d.line)).toEqual(wrong);
    for (const d of dates) expect(lines[d.line! - 1].slice(d.column! - 1).startsWith('18/08/2023')).toBe(true);
  });
});
