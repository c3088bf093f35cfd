type Helper = (...args: unknown[]) => unknown;
const args = (all: unknown[]) => all.slice(0, -1);
const truthy = (v: unknown) => (Array.isArray(v) ? v.length > 0 : Boolean(v));

/** Small pieces of logic templates need for {{#if}}: or, and, not, eq, concat, quantity. */
export const LOGIC_HELPERS: Record<string, Helper> = {
  /** {{#if (or narrative.leadership cluster)}} */
  or: (...all) => args(all).some(truthy),
  and: (...all) => args(all).every(truthy),
  not: (...all) => !truthy(args(all)[0]),
  eq: (...all) => {
    const [a, b] = args(all);
    return a === b;
  },
  /** {{#each (first models.listed 10)}}: at most n items */
  first: (...all) => {
    const [list, n] = args(all);
    return Array.isArray(list) ? list.slice(0, typeof n === 'number' ? n : list.length) : [];
  },
  /** {{inc @index}} → 1 for the first row */
  inc: (...all) => {
    const n = args(all)[0];
    if (typeof n !== 'number') throw new Error(`inc: cần một số (thường là @index), nhận được ${JSON.stringify(n)}`);
    return n + 1;
  },
  /** {{section (concat "KẾT QUẢ GIAI ĐOẠN " period.text)}} */
  concat: (...all) => args(all).map((v) => (v === null || v === undefined ? '' : String(v))).join(''),
};
