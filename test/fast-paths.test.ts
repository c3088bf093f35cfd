// The fast paths give what the plain ones give: direct templates print what Handlebars prints, rankTexts orders
// as compareKeys, the build-time template table holds the templates as shipped.
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { directTemplate } from '../src/render/direct-template.js';
import { FORMAT_HELPERS } from '../src/render/helpers/format-helpers.js';
import { LOGIC_HELPERS } from '../src/render/helpers/logic-helpers.js';
import { compareKeys, personKey, rankTexts } from '../src/format/sort-names.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const HELPERS = { ...LOGIC_HELPERS, ...FORMAT_HELPERS } as Record<string, (...args: unknown[]) => unknown>;
const handlebars = Handlebars.create();
handlebars.registerHelper(HELPERS);

/** The layout templates a `value:` column may hold, simple enough for the direct path. */
const SIMPLE = [
  '{{decision}}{{#if decisionDate}} ngày {{dateNumeric decisionDate}}{{/if}}',
  '{{name}} - {{unit.name}}',
  '{{#unless position}}(không){{else}}{{position}}{{/unless}}',
  '{{#if list}}có{{else}}không{{/if}} {{count}} {{flag}}',
  '{{upper name}}{{! a comment }}',
];

const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 5 }), fc.constantFrom('', 'Ông A', 'x*y', '0'), fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }));
const context = fc.record({
  decision: value,
  decisionDate: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(''), fc.constantFrom('2023-08-18', '2024-01-03')),
  name: fc.constantFrom('Lê Thị An', 'Hội Nông dân'),
  unit: fc.oneof(fc.constant(undefined), fc.record({ name: value })),
  position: value,
  list: value,
  count: value,
  flag: value,
});

describe('direct templates print what Handlebars prints', () => {
  for (const source of SIMPLE) {
    it(source, () => {
      const direct = directTemplate(source, HELPERS);
      expect(direct).toBeDefined();
      const reference = handlebars.compile(source, { noEscape: true });
      fc.assert(
        fc.property(context, (c) => {
          expect(direct!(c)).toBe(reference(c));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('leaves anything else to Handlebars', () => {
    for (const source of ['{{#each list}}{{this}}{{/each}}', '{{../name}}', '{{@index}}', '{{number count decimals=2}}', '{{upper (concat name "x")}}', '{{#if a}}{{#each b}}{{/each}}{{/if}}']) {
      expect(directTemplate(source, HELPERS), source).toBeUndefined();
    }
  });
});


describe('ranking many names at once gives the collator order', () => {
  it('rankTexts agrees with compareKeys on Vietnamese names, ties included', () => {
    const syllable = fc.constantFrom('An', 'Ân', 'Ấn', 'an', 'Bảy', 'Bay', 'Đào', 'Dao', 'Nguyễn', 'Nguyên', 'Thị', 'Thi', 'Văn', 'Út', 'Ư', 'Hòa', 'Hoà');
    const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const rank = rankTexts(names, personKey);
        const distinct = [...new Set(names)];
        for (const a of distinct) for (const b of distinct) expect(Math.sign(rank.get(a)! - rank.get(b)!)).toBe(Math.sign(compareKeys(personKey(a), personKey(b))));
      }),
      { numRuns: 200 },
    );
  });
});


describe('the build-time template table', () => {
  it('holds every built-in template with its text as shipped (npm test builds first)', async () => {
    const table = (await import(join(ROOT, 'dist', 'render', 'precompiled.js'))).default as Record<string, { text: string }>;
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.hbs') ? [join(dir, n)] : []));
    const shipped = files(join(ROOT, 'templates'));
    expect(Object.keys(table).sort()).toEqual(shipped.map((f) => f.slice(join(ROOT, 'templates').length + 1)).sort());
    for (const file of shipped) expect(table[file.slice(join(ROOT, 'templates').length + 1)].text).toBe(readFileSync(file, 'utf8'));
  });
});
