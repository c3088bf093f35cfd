import { CORE_SCHEMA } from 'js-yaml';

/** What `readPlainYaml` returns for a text beyond the plain shape: js-yaml reads it instead. */
export const NOT_PLAIN: unique symbol = Symbol('not plain YAML');

interface ImplicitType {
  resolve(text: string): boolean;
  construct(text: string): unknown;
}
// The resolvers js-yaml itself runs on an untagged plain scalar (null, bool, int, float), in its order.
const IMPLICIT = (CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// Characters js-yaml refuses anywhere in a document (it throws); a tab and CR are left to it too.
const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** Thrown inside the parser the moment the text leaves the plain shape. */
const LEAVE = new Error('not plain YAML');

/**
 * Reads the shape nearly every data file has, about twice as fast as js-yaml: block
 * mappings and lists, one-line flow mappings and lists, plain, 'single' and "double" quoted
 * scalars on one line, JSON-like `"key":value` in a flow, comments, a leading `---`. The value is exactly what js-yaml's `load` (core schema) gives;
 * anything else (a multi-line or escaped scalar, anchors, tags, block scalars, a duplicate key,
 * anything js-yaml would refuse) returns NOT_PLAIN without a word, and js-yaml reads the file.
 */
export function readPlainYaml(text: string): unknown {
  if (!IMPLICIT || text.length === 0 || REFUSED.test(text)) return NOT_PLAIN;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error === LEAVE) return NOT_PLAIN;
    throw error;
  }
}

class PlainReader {
  private readonly text: string;
  /** The current content line: where it starts, its indentation, where it ends (its newline or the end). */
  private start = 0;
  private indent = 0;
  private end = 0;
  private atEnd = false;
  /** The deepest comment line skipped on the way to the current line (a plain scalar could have run on into it). */
  private skippedCommentIndent = -1;
  private readonly known = new Map<string, string>();
  /** Keys met so far, by length × 128 + first character (keys are ASCII): as written, and as the key. */
  private readonly keys = new Map<number, [string, string][]>();

  constructor(text: string) {
    this.text = text;
    this.next(0);
  }

  document(): unknown {
    if (!this.atEnd && this.isDocumentStart()) this.next(this.end + 1);
    if (this.atEnd || this.indent !== 0) throw LEAVE;
    const value = this.block(0);
    if (!this.atEnd) throw LEAVE;
    return value;
  }

  /** `---` alone (or before a comment) on the first line: the start of the one document, as many files begin. */
  private isDocumentStart(): boolean {
    const text = this.text;
    if (this.indent !== 0 || !text.startsWith('---', this.start)) return false;
    const after = this.skipSpaces(this.start + 3);
    return after === this.end || (after > this.start + 3 && text.charCodeAt(after) === HASH);
  }

  /** Moves to the first line from `from` that holds more than spaces and a comment. */
  private next(from: number): void {
    const text = this.text;
    this.skippedCommentIndent = -1;
    let at = from;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      let i = at;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i < end) {
        if (text.charCodeAt(i) !== HASH) {
          this.start = at;
          this.indent = i - at;
          this.end = end;
          return;
        }
        if (i - at > this.skippedCommentIndent) this.skippedCommentIndent = i - at;
      }
      at = end + 1;
    }
    this.atEnd = true;
  }

  /** After a value written on its line: nothing may follow it deeper (a scalar running on, or an error). */
  private nextAfterInline(blockIndent: number): void {
    this.next(this.end + 1);
    if ((!this.atEnd && this.indent > blockIndent) || this.skippedCommentIndent > blockIndent) throw LEAVE;
  }

  private isItem(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const after = at + 1;
    return after === this.end || this.text.charCodeAt(after) === SPACE;
  }

  private block(indent: number): unknown {
    const at = this.start + indent;
    return this.isItem(at) ? this.list(indent) : this.mapping(indent, at);
  }

  private list(indent: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      let at = this.start + indent + 1;
      at = this.skipSpaces(at);
      if (at === this.end || this.text.charCodeAt(at) === HASH) {
        throw LEAVE; // `-` alone: js-yaml hands a less indented `-` after it to this list
      } else if (this.isItem(at)) {
        throw LEAVE; // `- - a`
      } else if (this.keyEnd(at) > 0) {
        list.push(this.mapping(at - this.start, at));
      } else {
        const [value, after] = this.inline(at, false);
        this.lineTail(after);
        this.nextAfterInline(indent);
        list.push(value);
      }
      if (this.atEnd || this.indent < indent) return list;
      if (this.indent > indent) throw LEAVE;
      if (!this.isItem(this.start + indent)) return list; // the enclosing mapping's next key
    }
  }

  /** A block mapping whose keys stand at `indent`; its first key starts at `at` (after `- ` for a list item). */
  private mapping(indent: number, at: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon < 0) throw LEAVE;
      const key = this.key(at, colon);
      if (Object.hasOwn(map, key)) throw LEAVE; // js-yaml refuses a duplicate key
      const valueAt = this.skipSpaces(colon + 1);
      let value: unknown = null;
      if (valueAt === this.end || this.text.charCodeAt(valueAt) === HASH) {
        this.next(this.end + 1);
        if (!this.atEnd && this.indent > indent) value = this.block(this.indent);
        else if (!this.atEnd && this.indent === indent && this.isItem(this.start + indent)) value = this.list(indent);
      } else {
        const [inline, after] = this.inline(valueAt, false);
        this.lineTail(after);
        this.nextAfterInline(indent);
        value = inline;
      }
      map[key] = value;
      if (this.atEnd || this.indent < indent) return map;
      if (this.indent > indent) throw LEAVE;
      at = this.start + indent;
    }
  }

  /** Where the `:` of a plain key `name:` (followed by a space or the line's end) is, or -1. */
  private keyEnd(at: number): number {
    const text = this.text;
    let c = text.charCodeAt(at);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f)) return -1;
    let i = at + 1;
    for (; i < this.end; i++) {
      c = text.charCodeAt(i);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH)) break;
    }
    if (i === this.end || c !== COLON) return -1;
    return i + 1 === this.end || text.charCodeAt(i + 1) === SPACE ? i : -1;
  }

  /**
   * A key as js-yaml makes it: resolved like any plain scalar, then made text (`True:` is "true").
   * The few keys a file uses are known by their length and first letter and compared in place,
   * so the 800k keys of 100k awards typed one field a line are neither cut out nor hashed.
   */
  private key(at: number, colon: number): string {
    const text = this.text;
    const slot = (colon - at) * 128 + text.charCodeAt(at);
    const known = this.keys.get(slot);
    if (known) for (const [written, key] of known) if (text.startsWith(written, at)) return key;
    const written = text.slice(at, colon);
    const key = String(plainValue(written));
    if (key === '__proto__') throw LEAVE;
    if (!known) this.keys.set(slot, [[written, key]]);
    else if (known.length < 16) known.push([written, key]); // a mapping keyed by many ids is not a list's few fields
    return key;
  }

  /**
   * One string for each distinct one-word value (ids: a form, a kind, a unit repeated 100k times):
   * hashed once here, then every later map lookup and property access by it is quick. Names and
   * sentences, which do not repeat, are left as they are.
   */
  private shared(value: unknown): unknown {
    if (typeof value !== 'string' || value.includes(' ')) return value;
    const known = this.known.get(value);
    if (known !== undefined) return known;
    this.known.set(value, value);
    return value;
  }

  private skipSpaces(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** After a value on its line: only spaces, or spaces then a comment. */
  private lineTail(at: number): void {
    const after = this.skipSpaces(at);
    if (after === this.end) return;
    if (after > at && this.text.charCodeAt(after) === HASH) return;
    throw LEAVE;
  }

  /** A scalar or a one-line flow collection at `at`: the value and where it ends. */
  private inline(at: number, inFlow: boolean): [unknown, number] {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === QUOTE) return this.doubleQuoted(at);
    if (c === APOSTROPHE) return this.singleQuoted(at);
    if (c === OPEN_BRACE) return this.flowMapping(at);
    if (c === OPEN_BRACKET) return this.flowList(at);
    return this.plain(at, inFlow);
  }

  private doubleQuoted(at: number): [string, number] {
    const close = this.text.indexOf('"', at + 1);
    if (close < 0 || close > this.end) throw LEAVE;
    const value = this.text.slice(at + 1, close);
    if (value.includes('\\')) throw LEAVE; // escapes are js-yaml's to read
    return [this.shared(value) as string, close + 1];
  }

  private singleQuoted(at: number): [string, number] {
    const text = this.text;
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0 || close > this.end) throw LEAVE;
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== APOSTROPHE) return [value, close + 1];
      value += "'";
      from = close + 2;
    }
  }

  /** A plain scalar, after the characters that would make it something else. */
  private plain(at: number, inFlow: boolean): [unknown, number] {
    const text = this.text;
    const first = text.charCodeAt(at);
    // Indicators that start something else (anchors, tags, block scalars, …) or an error.
    if ('#&*!|>%@`?:,[]{}'.includes(text[at])) throw LEAVE;
    if (first === DASH && (at + 1 === this.end || ' ,[]{}'.includes(text[at + 1]))) throw LEAVE;
    return inFlow ? this.flowPlain(at) : this.blockPlain(at);
  }

  /** A plain scalar in a flow, to the next `,`, `]` or `}` on its line. */
  private flowPlain(at: number): [unknown, number] {
    const text = this.text;
    let i = at;
    let last = at; // one past the last character that is not a space
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) break;
      // Any colon, a comment, a nested flow or a backslash in a flow value are js-yaml's to judge.
      if (c === COLON || c === OPEN_BRACE || c === OPEN_BRACKET || c === BACKSLASH || (c === HASH && text.charCodeAt(i - 1) === SPACE)) throw LEAVE;
      if (c !== SPACE) last = i + 1;
    }
    if (i === this.end) throw LEAVE; // a flow collection runs on to another line
    if (last === at) throw LEAVE;
    return [this.shared(plainValue(text.slice(at, last))), last];
  }

  /**
   * A plain scalar in block style runs to its line's end or to a ` #` comment; found with indexOf,
   * not character by character: values typed one field a line are whole sentences.
   */
  private blockPlain(at: number): [unknown, number] {
    const line = this.text.slice(at, this.end);
    let stop = line.indexOf(' #');
    if (stop < 0) stop = line.length;
    // `a: b` inside a value, or a value ending in `:`, is js-yaml's to judge.
    const colon = line.indexOf(': ');
    if ((colon >= 0 && colon < stop) || (stop === line.length && line.charCodeAt(stop - 1) === COLON)) throw LEAVE;
    while (line.charCodeAt(stop - 1) === SPACE) stop--;
    return [this.shared(plainValue(stop === line.length ? line : line.slice(0, stop))), at + stop];
  }

  private flowMapping(at: number): [Record<string, unknown>, number] {
    const text = this.text;
    const map: Record<string, unknown> = {};
    let i = this.skipSpaces(at + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) return [map, i + 1];
    for (;;) {
      const [key, colon] = text.charCodeAt(i) === QUOTE ? this.jsonKey(i) : this.flowKey(i);
      if (Object.hasOwn(map, key)) throw LEAVE;
      i = this.skipSpaces(colon + 1);
      if (i === this.end) throw LEAVE;
      const [value, after] = this.inline(i, true);
      map[key] = value;
      i = this.skipSpaces(after);
      const c = text.charCodeAt(i);
      if (i === this.end) throw LEAVE;
      if (c === CLOSE_BRACE) return [map, i + 1];
      if (c !== COMMA) throw LEAVE;
      i = this.skipSpaces(i + 1);
      if (i === this.end || text.charCodeAt(i) === CLOSE_BRACE) throw LEAVE; // a trailing comma
    }
  }

  /** `form: …` in a flow mapping: the key and where its colon is. */
  private flowKey(at: number): [string, number] {
    const colon = this.keyEnd(at);
    if (colon < 0 || colon + 1 === this.end) throw LEAVE;
    return [this.key(at, colon), colon];
  }

  /** `"form":…` as JSON writes it: a quoted key, its colon next (a space before it allowed), the value may touch it. */
  private jsonKey(at: number): [string, number] {
    const [key, after] = this.doubleQuoted(at);
    const colon = this.skipSpaces(after);
    if (colon === this.end || this.text.charCodeAt(colon) !== COLON || key === '__proto__') throw LEAVE;
    return [key, colon];
  }

  private flowList(at: number): [unknown[], number] {
    const text = this.text;
    const list: unknown[] = [];
    let i = this.skipSpaces(at + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return [list, i + 1];
    for (;;) {
      if (i === this.end) throw LEAVE;
      const [value, after] = this.inline(i, true);
      list.push(value);
      i = this.skipSpaces(after);
      const c = text.charCodeAt(i);
      if (i === this.end) throw LEAVE;
      if (c === CLOSE_BRACKET) return [list, i + 1];
      if (c !== COMMA) throw LEAVE;
      i = this.skipSpaces(i + 1);
      if (i === this.end || text.charCodeAt(i) === CLOSE_BRACKET) throw LEAVE;
    }
  }
}

/**
 * An untagged plain scalar through js-yaml's own resolvers. Only a text starting with a digit,
 * `+ - . ~` or `n N t T f F` can be a null, a bool, an int or a float: the rest stay text at once.
 */
function plainValue(text: string): unknown {
  const c = text.charCodeAt(0);
  const mayBeTyped = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46;
  if (mayBeTyped) for (const type of IMPLICIT!) if (type.resolve(text)) return type.construct(text);
  return text;
}
