import type { RawRow, RawTable } from './cell.js';

/**
 * A CSV file as one sheet: UTF-8 with or without a BOM, `,` or `;` between fields (the one
 * Excel used is the one that splits the first lines more), fields in double quotes may hold
 * separators, quotes doubled and line breaks. Every field stays text, as in the file.
 */
export function readCsv(text: string, name: string): RawTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = pickSeparator(body);
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let at: number[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let column = 1;
  let fieldStart = 1;
  const endField = () => {
    cells.push(field);
    at.push(fieldStart);
    field = '';
  };
  const endRow = () => {
    endField();
    if (cells.some((c) => c.trim() !== '')) rows.push({ number: rowLine, cells: cells.map((c) => (c.trim() === '' ? undefined : c)), at });
    cells = [];
    at = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
        column += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      if (c === '\n') {
        line++;
        column = 1;
      } else column++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      column++;
      continue;
    }
    if (c === separator) {
      endField();
      column++;
      fieldStart = column;
      continue;
    }
    if (c === '\r' && body[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      endRow();
      line++;
      rowLine = line;
      column = 1;
      fieldStart = 1;
      continue;
    }
    field += c;
    column++;
  }
  if (field !== '' || cells.length > 0) endRow();
  return { sheets: [{ name, rows }] };
}

function pickSeparator(text: string): ',' | ';' {
  const head = text.split(/\r?\n/).slice(0, 20).join('\n').replace(/"[^"]*"/g, '');
  const count = (c: string) => head.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
