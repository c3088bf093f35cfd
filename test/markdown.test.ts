import { describe, expect, it } from 'vitest';
import { plainText } from '../src/render/doc-model.js';
import { escapeMarkdown } from '../src/format/escape-markdown.js';
import { parseMarkdown } from '../src/render/parse-markdown.js';

describe('the Markdown of templates', () => {
  it('parses headings, paragraphs, dash lists, tables, emphasis and page breaks', () => {
    const blocks = parseMarkdown('# PHẦN I\n\n## I. KẾT QUẢ\n\nMột **đậm** và *nghiêng*\ntiếp dòng.\n\n- một;\n+ hai.\n\n| TT | Tên |\n|:---:|---:|\n| 1 | A |\n\n\\pagebreak\n');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph', 'paragraph', 'table', 'pagebreak']);
    expect(blocks[2]).toEqual({ type: 'paragraph', inlines: [{ text: 'Một ' }, { text: 'đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng', italic: true }, { text: ' tiếp dòng.' }] });
    expect(blocks[4]).toMatchObject({ list: 2 });
    expect(blocks[5]).toMatchObject({ align: ['center', 'right'], rows: [[[{ text: '1' }], [{ text: 'A' }]]] });
  });

  it('an escaped data value prints literally and never breaks the structure', () => {
    const nasty = '# *Hợp tác xã* _A_ | B <C> & D \\ [x] - + 1. `q`';
    const blocks = parseMarkdown(`- ${escapeMarkdown(nasty)};\n\n| ${escapeMarkdown('a|b')} | c |\n|---|---|\n| ${escapeMarkdown('**x**')} | y |`);
    expect(blocks).toHaveLength(2);
    expect(plainText((blocks[0] as { inlines: never[] }).inlines)).toBe(`- ${nasty};`);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', list: 1 });
    const table = blocks[1] as { header: never[][]; rows: never[][][] };
    expect(plainText(table.header[0])).toBe('a|b');
    expect(plainText(table.rows[0][0])).toBe('**x**');
  });

  it('an unclosed marker is literal text', () => {
    expect(plainText((parseMarkdown('giá 5 * 3 = 15')[0] as { inlines: never[] }).inlines)).toBe('giá 5 * 3 = 15');
  });

  it('a value with a line break stays on one line', () => {
    expect(parseMarkdown(`- ${escapeMarkdown('dòng một\n\n# dòng hai')}`)).toHaveLength(1);
  });
});
