#!/usr/bin/env node
// Writes the bad-input corpus: one report folder per case, each the starter report
// (templates/starter) with one thing broken, and an expected.json saying what `report build`
// must answer. Run again after changing a case: node test/bad-inputs/build-corpus.mjs
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const STARTER = join(HERE, '..', '..', 'templates', 'starter');
const UNITS = `units:
  - { id: ubmttq-tinh, name: "Ủy ban MTTQ Việt Nam tỉnh", type: mttq }
  - { id: hoi-nong-dan, name: "Hội Nông dân tỉnh", parent: ubmttq-tinh, role: truong-khoi }
  - { id: hoi-lhpn, name: "Hội Liên hiệp Phụ nữ tỉnh", parent: ubmttq-tinh, role: pho-khoi }
`;
const u = (extra) => UNITS + extra;
const award = (fields) => `awards:\n  - { ${fields} }\n`;
const model = (fields) => `models:\n  - { ${fields} }\n`;
const indicator = (fields) => `indicators:\n  - { ${fields} }\n`;

/**
 * name: folder; files: replaced or added files; edits: [file, from, to]; code: expected diagnostic;
 * file + needle: where it must point (the first occurrence of needle, after `after`); exit: 1 unless said.
 */
const CASES = [
  // syntax and encodings
  { name: 'yaml-unclosed-quote', files: { 'models.yaml': 'models:\n  - { id: m1, name: "Mô hình\n' }, code: 'YAML_SYNTAX', file: 'models.yaml' },
  { name: 'yaml-tab-indent', files: { 'models.yaml': 'models:\n\t- id: m1\n' }, code: 'YAML_SYNTAX', file: 'models.yaml' },
  { name: 'yaml-bad-indent', files: { 'units.yaml': 'units:\n  - id: a\n     name: "A"\n' }, code: 'YAML_SYNTAX', file: 'units.yaml' },
  { name: 'yaml-two-documents', files: { 'models.yaml': 'models: []\n---\nmodels: []\n' }, code: 'YAML_SYNTAX', file: 'models.yaml' },
  { name: 'yaml-unclosed-flow', files: { 'indicators.yaml': 'indicators:\n  - { code: PAPI, year: 2024\n' }, code: 'YAML_SYNTAX', file: 'indicators.yaml' },
  { name: 'duplicate-key', files: { 'models.yaml': 'models:\n  - id: m1\n    name: "A"\n    name: "B"\n    type: mo-hinh\n    unit: hoi-lhpn\n' }, code: 'DUPLICATE_KEY', file: 'models.yaml', needle: 'name: "B"' },
  { name: 'duplicate-top-level-key', files: { 'models.yaml': 'models: []\nmodels: []\n' }, code: 'DUPLICATE_KEY', file: 'models.yaml', needle: 'models', after: '[]\n' },
  { name: 'alias-bomb', files: { 'models.yaml': ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n') + '\n' }, code: 'ALIAS_LIMIT', file: 'models.yaml' },
  { name: 'empty-report', files: { 'report.yaml': '' }, code: 'EMPTY_FILE', file: 'report.yaml', needle: '' },
  { name: 'report-only-comments', files: { 'report.yaml': '# chưa viết gì\n' }, code: 'EMPTY_FILE', file: 'report.yaml', needle: '#' },
  { name: 'not-utf8-latin1', bytes: { 'models.yaml': Buffer.concat([Buffer.from('models:\n  - { id: m1, name: "Tr'), Buffer.from([0xe0]), Buffer.from(' Vinh", type: mo-hinh, unit: hoi-lhpn }\n')]) }, code: 'NOT_UTF8', file: 'models.yaml', line: 2, column: 24 },
  { name: 'not-utf8-utf16', bytes: { 'models.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('models: []\n', 'utf16le')]) }, code: 'UTF16_FILE', file: 'models.yaml', line: 1, column: 1 },
  { name: 'utf16-units-no-follow-ons', bytes: { 'units.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNITS, 'utf16le')]) }, code: 'UTF16_FILE', file: 'units.yaml', line: 1, column: 1 },
  // the slips of a clerk typing YAML: the line of the slip, not the parser's
  { name: 'yaml-missing-space-after-colon', files: { 'units.yaml': u('  - id: xa-moi\n    name:"Xã Mới"\n') }, code: 'YAML_SYNTAX', file: 'units.yaml', needle: '"Xã Mới"' },
  { name: 'yaml-colon-in-plain-text', files: { 'units.yaml': u('  - id: xa-moi\n    name: Xã: Mới\n') }, code: 'YAML_SYNTAX', file: 'units.yaml', needle: 'Xã: Mới' },
  { name: 'yaml-line-indented-off', files: { 'units.yaml': u('  - id: xa-moi\n    name: "Xã Mới"\n   type: xa\n') }, code: 'YAML_SYNTAX', file: 'units.yaml', needle: '   type', after: 'Xã Mới' },
  { name: 'duplicate-key-unindented', edits: [['report.yaml', '  name: "Nguyễn Văn A"\n', '  name: "Nguyễn Văn A"\ntitle: "PHÓ CHỦ TỊCH"\n']], code: 'DUPLICATE_KEY', file: 'report.yaml', needle: 'title: "PHÓ' },
  { name: 'date-day-month-year', edits: [['awards.yaml', 'decision_date: 2024-12-15 }', 'decision_date: 30/11/2024 }']], code: 'BAD_DATE', file: 'awards.yaml', needle: '30/11/2024' },
  { name: 'decimal-comma-in-flow', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 58,782, measure: "hộ" }\n' }, code: 'DECIMAL_COMMA', file: 'figures.yaml', needle: '782' },
  { name: 'count-thousands-dot', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Bản tin", value: 8.400, measure: "cuốn" }\n' }, code: 'NOT_WHOLE_COUNT', file: 'figures.yaml', needle: '8.400' },
  { name: 'recipient-meaning-for-code', edits: [['awards.yaml', 'recipient: ca-nhan', 'recipient: cá nhân']], code: 'BAD_VALUE', file: 'awards.yaml', needle: 'cá nhân' },
  { name: 'period-one-year', edits: [['report.yaml', 'period: { from: 2024, to: 2024 }', 'period: 2024']], code: 'WRONG_TYPE', file: 'report.yaml', needle: '2024', after: 'period:' },
  { name: 'template-helper-refuses', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/partials/opening.hbs': 'Báo cáo {{dateLong period.from}}.\n' }, code: 'TEMPLATE_HELPER', file: 'mau/partials/opening.hbs', line: 1, column: 9 },
  { name: 'template-prints-object', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/partials/opening.hbs': 'Phong trào {{movement}}.\n' }, code: 'TEMPLATE_PRINTS_OBJECT', file: 'mau/partials/opening.hbs', line: 1, column: 12 },
  { name: 'legacy-tcvn3', files: { 'units.yaml': u('  - { id: xa-moi, name: "X· Tr¸ Vinh" }\n') }, code: 'LEGACY_ENCODING', file: 'units.yaml', needle: '"X·' },
  { name: 'legacy-vni', files: { 'units.yaml': u('  - { id: xa-moi, name: "Xaõ Vieät Nam" }\n') }, code: 'LEGACY_ENCODING', file: 'units.yaml', needle: '"Xaõ' },
  { name: 'missing-report', remove: ['report.yaml'], code: 'MISSING_REPORT' },
  { name: 'top-level-list', files: { 'models.yaml': '- id: m1\n- id: m2\n' }, code: 'TOP_LEVEL_NOT_MAP', file: 'models.yaml', needle: '- id: m1' },
  { name: 'top-level-text', files: { 'models.yaml': 'chỉ là một dòng chữ\n' }, code: 'TOP_LEVEL_NOT_MAP', file: 'models.yaml', needle: 'chỉ' },
  { name: 'unknown-top-level-key', files: { 'models.yaml': 'modles: []\n' }, code: 'UNKNOWN_KEY', file: 'models.yaml', needle: 'modles' },
  { name: 'data-glob-empty', edits: [['report.yaml', 'kind: tong-ket', 'data: ["du-lieu/*.yaml"]\nkind: tong-ket']], code: 'DATA_GLOB_EMPTY', file: 'report.yaml', needle: '"du-lieu/*.yaml"' },
  { name: 'unreadable-file', dirs: ['models.yaml'], remove: ['models.yaml'], code: 'NOT_A_REGULAR_FILE', file: 'models.yaml', exit: 3 },
  // hostile paths: never read what is not the report's, never wait, never write over an input
  { name: 'data-outside-folder', edits: [['report.yaml', 'kind: tong-ket', 'data: ["../../../../etc/passwd"]\nkind: tong-ket']], code: 'DATA_OUTSIDE_FOLDER', file: 'report.yaml', needle: '"../../../../etc/passwd"' },
  { name: 'data-not-yaml', edits: [['report.yaml', 'kind: tong-ket', 'data: ["units.yaml", "ghi-chu.txt"]\nkind: tong-ket']], files: { 'ghi-chu.txt': 'mật khẩu: 1234\n' }, code: 'DATA_NOT_YAML', file: 'report.yaml', needle: '"ghi-chu.txt"' },
  { name: 'template-outside-folder', edits: [['report.yaml', 'kind: tong-ket', 'template: /etc\nkind: tong-ket']], code: 'TEMPLATE_OUTSIDE_FOLDER' },
  { name: 'template-not-a-template', edits: [['report.yaml', 'kind: tong-ket', 'template: trong\nkind: tong-ket']], files: { 'trong/README': 'không phải mẫu\n' }, code: 'TEMPLATE_NOT_A_TEMPLATE' },
  { name: 'number-past-2-53', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 9007199254740993, measure: "hộ" }\n' }, code: 'NUMBER_TOO_LARGE', file: 'figures.yaml', needle: '9007199254740993' },
  { name: 'report-date-past-2107', edits: [['report.yaml', 'date: 2024-12-20', 'date: 2124-12-20']], code: 'DATE_OUT_OF_RANGE', file: 'report.yaml', needle: '2124-12-20' },
  { name: 'layout-unknown-helper', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/workbooks/annexes.yaml': 'sheets:\n  - name: "Chỉ số"\n    rows: indicators\n    title: ["{{khongCo reportLine}}"]\n    columns:\n      - { header: "STT", field: stt }\n' }, code: 'LAYOUT_INVALID', file: 'mau/workbooks/annexes.yaml', line: 4, column: 1 },
  // types
  { name: 'type-year-text', files: { 'indicators.yaml': indicator('code: PAPI, year: "năm 2024", score: 40') }, code: 'WRONG_TYPE', file: 'indicators.yaml', needle: '"năm 2024"' },
  { name: 'type-value-text', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: "nhiều" }\n' }, code: 'BAD_NUMBER_TEXT', file: 'figures.yaml', needle: '"nhiều"' },
  { name: 'type-recipients-text', edits: [['report.yaml', 'recipients:\n  - "Ban Thường trực UBTW MTTQ Việt Nam (b/c)"\n  - "Lưu: VT"', 'recipients: "Lưu: VT"']], code: 'WRONG_TYPE', file: 'report.yaml', needle: '"Lưu: VT"' },
  { name: 'type-units-map', files: { 'units.yaml': 'units:\n  id: a\n' }, code: 'WRONG_TYPE', file: 'units.yaml', needle: 'id: a' },
  { name: 'type-replicated-text', files: { 'models.yaml': model('id: m1, name: "M", type: mo-hinh, unit: hoi-lhpn, replicated: "có"') }, code: 'WRONG_TYPE', file: 'models.yaml', needle: '"có"' },
  { name: 'type-participants-fraction', files: { 'models.yaml': model('id: m1, name: "M", type: mo-hinh, unit: hoi-lhpn, participants: 12.5') }, code: 'NOT_WHOLE_COUNT', file: 'models.yaml', needle: '12.5' },
  { name: 'type-value-infinite', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: .inf }\n' }, code: 'WRONG_TYPE', file: 'figures.yaml', needle: '.inf' },
  { name: 'negative-ocop-count', files: { 'indicators.yaml': 'ocop:\n  - { year: 2024, three_star: -30 }\n' }, code: 'NEGATIVE', file: 'indicators.yaml', needle: '-30' },
  { name: 'negative-award-count', files: { 'awards.yaml': 'award_counts:\n  - { form: giay-khen, collectives: -2 }\n' }, code: 'NEGATIVE', file: 'awards.yaml', needle: '-2' },
  { name: 'empty-name', files: { 'units.yaml': u('  - { id: xa-moi, name: "" }\n') }, code: 'EMPTY_TEXT', file: 'units.yaml', needle: '""' },
  { name: 'huge-year', files: { 'models.yaml': model('id: m1, name: "M", type: mo-hinh, unit: hoi-lhpn, year: 99999') }, code: 'OUT_OF_RANGE', file: 'models.yaml', needle: '99999' },
  { name: 'null-field', files: { 'units.yaml': u('  - { id: xa-moi, name: null }\n') }, code: 'WRONG_TYPE', file: 'units.yaml', needle: 'null' },
  // missing fields
  { name: 'missing-title', edits: [['report.yaml', 'title: "Tổng kết công tác thi đua, khen thưởng năm 2024"\n', '']], code: 'MISSING_FIELD', file: 'report.yaml', needle: 'kind:' },
  { name: 'missing-signer-name', edits: [['report.yaml', '  name: "Nguyễn Văn A"\n', '']], code: 'MISSING_FIELD', file: 'report.yaml', needle: 'authority' },
  { name: 'missing-unit-name', files: { 'units.yaml': u('  - { id: xa-moi, type: xa }\n') }, code: 'MISSING_FIELD', file: 'units.yaml', needle: '{ id: xa-moi' },
  { name: 'missing-award-recipient', files: { 'awards.yaml': award('form: giay-khen, name: "A"') }, code: 'MISSING_FIELD', file: 'awards.yaml', needle: '{ form' },
  { name: 'missing-figure-value', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ" }\n' }, code: 'FIGURE_SAYS_NOTHING', file: 'figures.yaml', needle: 'f1' },
  // unknown keys
  { name: 'unknown-key-report', edits: [['report.yaml', 'title:', 'titel:']], code: 'UNKNOWN_KEY', file: 'report.yaml', needle: 'titel' },
  { name: 'unknown-key-award', files: { 'awards.yaml': award('form: giay-khen, recipient: tap-the, nmae: "A"') }, code: 'UNKNOWN_KEY', file: 'awards.yaml', needle: 'nmae' },
  { name: 'unknown-key-narrative', edits: [['report.yaml', '  situation:', '  situaton:']], code: 'UNKNOWN_KEY', file: 'report.yaml', needle: 'situaton' },
  { name: 'unknown-key-indicator', files: { 'indicators.yaml': indicator('code: PAPI, year: 2024, score: 40, rnak: 3') }, code: 'UNKNOWN_KEY', file: 'indicators.yaml', needle: 'rnak' },
  // ids
  { name: 'bad-id-uppercase', files: { 'units.yaml': u('  - { id: Xa-Moi, name: "Xã Mới" }\n') }, code: 'BAD_ID', file: 'units.yaml', needle: 'Xa-Moi' },
  { name: 'bad-id-space', files: { 'models.yaml': model('id: "mo hinh", name: "M", type: mo-hinh, unit: hoi-lhpn') }, code: 'BAD_ID', file: 'models.yaml', needle: '"mo hinh"' },
  { name: 'bad-id-nfd-vietnamese', files: { 'units.yaml': u(`  - { id: ${'hội'.normalize('NFD')}, name: "Hội" }\n`) }, code: 'BAD_ID', file: 'units.yaml', needle: 'hội'.normalize('NFD') },
  // enumerations
  { name: 'bad-kind', edits: [['report.yaml', 'kind: tong-ket', 'kind: bao-cao']], code: 'BAD_VALUE', file: 'report.yaml', needle: 'bao-cao' },
  { name: 'bad-model-type', files: { 'models.yaml': model('id: m1, name: "M", type: mo_hinh, unit: hoi-lhpn') }, code: 'BAD_VALUE', file: 'models.yaml', needle: 'mo_hinh' },
  { name: 'bad-award-status', files: { 'awards.yaml': award('form: giay-khen, recipient: tap-the, name: "A", status: done') }, code: 'BAD_VALUE', file: 'awards.yaml', needle: 'done' },
  { name: 'bad-unit-role', files: { 'units.yaml': u('  - { id: xa-moi, name: "Xã Mới", role: truong }\n') }, code: 'BAD_VALUE', file: 'units.yaml', needle: 'truong', after: 'xa-moi' },
  { name: 'bad-recipient', files: { 'awards.yaml': award('form: giay-khen, recipient: nguoi, name: "A"') }, code: 'BAD_VALUE', file: 'awards.yaml', needle: 'nguoi' },
  { name: 'bad-abbreviation', edits: [['report.yaml', 'abbreviation: "MTTQ-BTT"', 'abbreviation: "mttq btt"']], code: 'BAD_ABBREVIATION', file: 'report.yaml', needle: '"mttq btt"' },
  // dates and periods
  { name: 'impossible-report-date', edits: [['report.yaml', 'date: 2024-12-20', 'date: 2023-02-30']], code: 'IMPOSSIBLE_DATE', file: 'report.yaml', needle: '2023-02-30' },
  { name: 'impossible-month', files: { 'awards.yaml': award('form: giay-khen, recipient: tap-the, name: "A", decision_date: 2024-13-01') }, code: 'IMPOSSIBLE_DATE', file: 'awards.yaml', needle: '2024-13-01' },
  { name: 'date-vietnamese-form', edits: [['report.yaml', 'date: 2024-12-20', 'date: "20/12/2024"']], code: 'BAD_DATE', file: 'report.yaml', needle: '"20/12/2024"' },
  { name: 'period-reversed', edits: [['report.yaml', 'period: { from: 2024, to: 2024 }', 'period: { from: 2025, to: 2020 }']], code: 'PERIOD_REVERSED', file: 'report.yaml', needle: '2025' },
  { name: 'period-text', edits: [['report.yaml', 'period: { from: 2024, to: 2024 }', 'period: { from: "năm 2018", to: 2024 }']], code: 'WRONG_TYPE', file: 'report.yaml', needle: '"năm 2018"' },
  // references
  { name: 'ref-unknown-form', files: { 'awards.yaml': award('form: bang-khen-khong-co, recipient: tap-the, name: "A"') }, code: 'UNKNOWN_REF', file: 'awards.yaml', needle: 'bang-khen-khong-co' },
  { name: 'ref-unknown-award-unit', files: { 'awards.yaml': award('form: giay-khen, recipient: tap-the, name: "A", unit: hoi-ccb') }, code: 'UNKNOWN_REF', file: 'awards.yaml', needle: 'hoi-ccb' },
  { name: 'ref-unknown-model-unit', files: { 'models.yaml': model('id: m1, name: "M", type: mo-hinh, unit: hoi-nong-dn') }, code: 'UNKNOWN_REF', file: 'models.yaml', needle: 'hoi-nong-dn' },
  { name: 'ref-unknown-model-content', files: { 'models.yaml': model('id: m1, name: "M", type: mo-hinh, unit: hoi-lhpn, content: nd7') }, code: 'UNKNOWN_REF', file: 'models.yaml', needle: 'nd7' },
  { name: 'ref-unknown-figure-content', files: { 'figures.yaml': 'figures:\n  - { id: f1, label: "Hộ", value: 3, content: nd9 }\n' }, code: 'UNKNOWN_REF', file: 'figures.yaml', needle: 'nd9' },
  { name: 'ref-unknown-parent', files: { 'units.yaml': u('  - { id: xa-moi, name: "Xã Mới", parent: huyen-cu }\n') }, code: 'UNKNOWN_REF', file: 'units.yaml', needle: 'huyen-cu' },
  { name: 'ref-unknown-count-form', files: { 'awards.yaml': 'award_counts:\n  - { form: co-thi-dua-khong-co, collectives: 2 }\n' }, code: 'UNKNOWN_REF', file: 'awards.yaml', needle: 'co-thi-dua-khong-co' },
  // structure
  { name: 'unit-cycle', files: { 'units.yaml': u('  - { id: cum-a, name: "Cụm A", parent: cum-b }\n  - { id: cum-b, name: "Cụm B", parent: cum-a }\n') }, code: 'UNIT_CYCLE', file: 'units.yaml', needle: 'cum-b', after: '{ id: cum-a' },
  { name: 'unit-own-parent', files: { 'units.yaml': u('  - { id: cum-a, name: "Cụm A", parent: cum-a }\n') }, code: 'UNIT_CYCLE', file: 'units.yaml', needle: 'cum-a', after: 'name: "Cụm A", parent: ' },
  { name: 'duplicate-unit-id', files: { 'units.yaml': u('  - { id: hoi-lhpn, name: "Trùng" }\n') }, code: 'DUPLICATE_ID', file: 'units.yaml', needle: 'hoi-lhpn', after: 'pho-khoi }' },
  { name: 'duplicate-model-id', files: { 'models.yaml': 'models:\n  - { id: m1, name: "A", type: mo-hinh, unit: hoi-lhpn }\n  - { id: m1, name: "B", type: mo-hinh, unit: hoi-lhpn }\n' }, code: 'DUPLICATE_ID', file: 'models.yaml', needle: 'm1', after: '"A"' },
  { name: 'duplicate-content-id', edits: [['report.yaml', '{ id: nd2,', '{ id: nd1,']], code: 'DUPLICATE_ID', file: 'report.yaml', needle: 'nd1', after: 'hệ thống chính trị' },
  { name: 'duplicate-award-form', files: { 'awards.yaml': 'award_forms:\n  - { id: bk-hoi, name: "Bằng khen Hội", precedence: 365 }\n  - { id: bk-hoi, name: "Bằng khen Hội (2)", precedence: 366 }\n' }, code: 'DUPLICATE_ID', file: 'awards.yaml', needle: 'bk-hoi', after: '365' },
  // indicators
  { name: 'rank-over-of', edits: [['indicators.yaml', 'rank: 37, of: 63', 'rank: 70, of: 63']], code: 'RANK_OVER_OF', file: 'indicators.yaml', needle: '70' },
  { name: 'of-over-63', edits: [['indicators.yaml', 'rank: 37, of: 63', 'rank: 37, of: 64']], code: 'OF_OVER_PROVINCES', file: 'indicators.yaml', needle: '64' },
  { name: 'sipas-over-100', files: { 'indicators.yaml': indicator('code: SIPAS, year: 2024, score: 181.93') }, code: 'PERCENT_OVER_100', file: 'indicators.yaml', needle: '181.93' },
  { name: 'papi-over-80', files: { 'indicators.yaml': indicator('code: PAPI, year: 2024, score: 85') }, code: 'SCORE_OVER_MAX', file: 'indicators.yaml', needle: '85' },
  { name: 'duplicate-indicator-year', edits: [['indicators.yaml', 'year: 2023', 'year: 2024']], code: 'DUPLICATE_INDICATOR', file: 'indicators.yaml', needle: '{ code: PAPI, year: 2024, score: 43.35' },
  { name: 'indicator-without-name', files: { 'indicators.yaml': indicator('code: CSHL, year: 2024, score: 85') }, code: 'INDICATOR_NAME_REQUIRED', file: 'indicators.yaml', needle: 'CSHL' },
  { name: 'indicator-code-lowercase', files: { 'indicators.yaml': indicator('code: papi, year: 2024, score: 40') }, code: 'BAD_CODE', file: 'indicators.yaml', needle: 'papi' },
  { name: 'duplicate-ocop-year', files: { 'indicators.yaml': 'ocop:\n  - { year: 2024, three_star: 3 }\n  - { year: 2024, four_star: 1 }\n' }, code: 'DUPLICATE_OCOP_YEAR', file: 'indicators.yaml', needle: '2024', after: 'three_star' },
  // awards
  { name: 'flag-to-individual', files: { 'awards.yaml': award('form: co-thi-dua-tinh, recipient: ca-nhan, name: "Nguyễn Văn A"') }, code: 'RECIPIENT_NOT_ADMITTED', file: 'awards.yaml', needle: 'ca-nhan' },
  { name: 'count-individuals-for-flag', files: { 'awards.yaml': 'award_counts:\n  - { form: co-thi-dua-tinh, collectives: 2, individuals: 3 }\n' }, code: 'RECIPIENT_NOT_ADMITTED', file: 'awards.yaml', needle: '3' },
  { name: 'emulation-soldier-to-collective', files: { 'awards.yaml': award('form: chien-si-thi-dua-co-so, recipient: tap-the, name: "Hội"') }, code: 'RECIPIENT_NOT_ADMITTED', file: 'awards.yaml', needle: 'tap-the' },
  // templates and layouts
  { name: 'template-not-found', edits: [['report.yaml', 'kind: tong-ket', 'template: mau-khong-co\nkind: tong-ket']], code: 'TEMPLATE_NOT_FOUND' },
  { name: 'template-unknown-field', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/partials/ocop.hbs': 'OCOP\n\n{{ocop.khong_co}}\n' }, code: 'TEMPLATE_MISSING_FIELD', file: 'mau/partials/ocop.hbs', line: 3, column: 3 },
  { name: 'template-bad-syntax', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/partials/awards.hbs': '{{#if awards}}\nKhen thưởng\n' }, code: 'TEMPLATE_SYNTAX', file: 'mau/partials/awards.hbs' },
  { name: 'template-unknown-helper', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/partials/ocop.hbs': '{{#if ocop}}\n{{dinhDang ocop.products}}\n{{/if}}\n' }, code: 'TEMPLATE_MISSING_FIELD', file: 'mau/partials/ocop.hbs' },
  { name: 'workbook-layout-invalid', edits: [['report.yaml', 'kind: tong-ket', 'template: mau\nkind: tong-ket']], files: { 'mau/workbooks/annexes.yaml': 'sheets:\n  - name: "Chỉ số"\n    rows: indicators\n' }, code: 'LAYOUT_INVALID', file: 'mau/workbooks/annexes.yaml' },
  // output
  { name: 'output-not-writable', outputBlocked: true, code: 'OUTPUT_NOT_WRITABLE', exit: 3 },
];

function place(text, needle, after = '') {
  const start = after ? text.indexOf(after) : 0;
  const offset = needle === '' ? 0 : text.indexOf(needle, start < 0 ? 0 : start);
  if (offset < 0 || start < 0) throw new Error(`no ${JSON.stringify(needle)} in fixture`);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

for (const entry of readdirSync(HERE)) if (statSync(join(HERE, entry)).isDirectory()) rmSync(join(HERE, entry), { recursive: true });
for (const c of CASES) {
  const dir = join(HERE, c.name);
  cpSync(STARTER, dir, { recursive: true });
  for (const f of c.remove ?? []) rmSync(join(dir, f), { recursive: true, force: true });
  for (const d of c.dirs ?? []) {
    mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, d, 'README'), 'Một thư mục mang tên tệp dữ liệu: không đọc được như một tệp.\n');
  }
  for (const [f, from, to] of c.edits ?? []) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (!text.includes(from)) throw new Error(`${c.name}: ${f} has no ${JSON.stringify(from)}`);
    writeFileSync(join(dir, f), text.replace(from, to));
  }
  for (const [f, text] of Object.entries({ ...c.files, ...c.bytes })) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  const expected = { code: c.code, exit: c.exit ?? 1 };
  if (c.file) expected.file = c.file;
  if (c.line) Object.assign(expected, { line: c.line, column: c.column });
  else if (c.needle !== undefined) Object.assign(expected, place(readFileSync(join(dir, c.file), 'utf8'), c.needle, c.after));
  if (c.outputBlocked) expected.outputBlocked = true;
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}
console.log(`${CASES.length} cases written to ${HERE}`);
