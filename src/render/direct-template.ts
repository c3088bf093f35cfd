import Handlebars from 'handlebars';

type Helper = (...args: unknown[]) => unknown;
type Render = (context: Record<string, unknown>) => string;

/**
 * A layout template of the simple kind (`{{decision}}{{#if decisionDate}} ngày {{dateNumeric
 * decisionDate}}{{/if}}`: text, fields, one-argument helper calls, `#if` / `#unless` with an
 * optional else) turned into plain closures, for `value:` columns called once per row. The
 * result is what Handlebars (noEscape) prints; anything else gives undefined and stays with
 * Handlebars. Handlebars' own per-call set-up cost more than the rows' content.
 */
export function directTemplate(source: string, helpers: Readonly<Record<string, Helper>>): Render | undefined {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch {
    return undefined;
  }
  return compileProgram(program, helpers);
}

/** `a` or `a.b` of the current context; `this`, `../` and `@data` are left to Handlebars. */
function fieldPath(node: hbs.AST.Expression): string[] | undefined {
  if (node.type !== 'PathExpression') return undefined;
  const path = node as hbs.AST.PathExpression;
  if (path.data || path.depth > 0 || path.parts.length === 0 || /^(this|\.)/.test(path.original)) return undefined;
  return path.parts;
}

const read = (context: Record<string, unknown>, parts: readonly string[]): unknown => {
  let value: unknown = context;
  for (const part of parts) {
    if (value === null || value === undefined || !Object.hasOwn(Object(value), part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
};

/** How Handlebars prints a value without escaping. */
const show = (value: unknown) => (value === null || value === undefined || value === false ? (value === false ? 'false' : '') : Array.isArray(value) ? value.join(',') : String(value));
/** Handlebars' `#if`: falsy and empty lists are false (0 too, without includeZero). */
const truthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

function compileProgram(program: hbs.AST.Program, helpers: Readonly<Record<string, Helper>>): Render | undefined {
  const parts: Render[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ContentStatement') {
      const text = (statement as hbs.AST.ContentStatement).value;
      parts.push(() => text);
    } else if (statement.type === 'CommentStatement') {
      continue;
    } else if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      if (mustache.hash) return undefined;
      const head = fieldPath(mustache.path);
      if (!head) return undefined;
      if (mustache.params.length === 0) {
        if (head.length === 1 && Object.hasOwn(helpers, head[0])) return undefined; // a helper without arguments
        parts.push((context) => show(read(context, head)));
      } else {
        const helper = head.length === 1 && Object.hasOwn(helpers, head[0]) ? helpers[head[0]] : undefined;
        const params = mustache.params.map(fieldPath);
        if (!helper || params.some((p) => !p)) return undefined;
        const options = { hash: {}, data: {}, loc: mustache.loc, name: head[0] };
        parts.push((context) => show(helper(...params.map((p) => read(context, p!)), options)));
      }
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      const name = fieldPath(block.path);
      const test = block.params.length === 1 ? fieldPath(block.params[0]) : undefined;
      if (!name || name.length !== 1 || (name[0] !== 'if' && name[0] !== 'unless') || !test || block.hash) return undefined;
      const yes = compileProgram(block.program, helpers);
      const no = block.inverse ? compileProgram(block.inverse, helpers) : () => '';
      if (!yes || !no) return undefined;
      const when = name[0] === 'if';
      parts.push((context) => (truthy(read(context, test)) === when ? yes(context) : no(context)));
    } else return undefined;
  }
  return (context) => {
    let out = '';
    for (const part of parts) out += part(context);
    return out;
  };
}
