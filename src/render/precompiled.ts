/**
 * The built-in templates compiled at build time, by path under templates/ (written over this
 * empty table in dist/ by precompile-templates.js). A built-in file whose text is the one
 * compiled runs from here; any other text (a user's template, a stale table) is compiled as usual.
 */
const PRECOMPILED: Readonly<Record<string, { readonly text: string; readonly spec: TemplateSpecification }>> = {};
export default PRECOMPILED;
