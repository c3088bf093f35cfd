import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isAdditiveMeasure } from '../format/measure.js';
import { formatExact } from '../format/numbers.js';
import type { LoadedMember } from '../load/load-folder.js';
import type { Figure } from '../schema/figure.js';
import type { Indicator, Ocop } from '../schema/indicator.js';
import type { MemberData } from '../schema/member-data.js';
import type { Stated } from '../schema/stated-number.js';
import { placeOf } from './checks/place-of.js';
import type { Located } from './report-data.js';

const chainOf = (entry: Located<unknown>) => entry.file.member ?? [];
const sameChain = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((u, i) => u === b[i]);

/** The figures, indicators and OCOP counts of members split from the report's own. */
export function splitOwn<T>(entries: readonly Located<T>[]) {
  return { own: entries.filter((e) => !e.file.member), members: entries.filter((e) => e.file.member) };
}

/**
 * A sum of members' values stated as the members state them: exact when every part is,
 * with the one qualifier all parts share (`hơn`), else no sum (a `hơn` and a `gần` add to nothing sure).
 */
function sumOf(values: readonly Stated[]): Stated | undefined {
  const approx = new Set(values.map((v) => v.approx));
  if (approx.size > 1) return undefined;
  const decimals = Math.max(...values.map((v) => v.decimals));
  const value = Number(values.reduce((s, v) => s + v.value, 0).toFixed(decimals));
  return { value, decimals, ...(values[0].approx ? { approx: values[0].approx } : {}) };
}

/** The members' figures of one id as one figure: their sum where the measure adds up and they agree on it. */
function combine(id: string, parts: readonly { unit: string; figure: Figure }[], diagnostics: Diagnostic[], at: () => Located<Figure>): Figure | undefined {
  const measure = parts[0].figure.measure;
  const other = parts.find((p) => (p.figure.measure ?? '') !== (measure ?? ''));
  if (other) {
    const place = placeOf(at(), 'measure');
    diagnostics.push(diagnostic('warning', 'MEMBER_MEASURE_DIFFERS', { id, unit: other.unit, measure: other.figure.measure ?? '', other: measure ?? '' }, place));
    return undefined;
  }
  const valued = parts.filter((p) => p.figure.value);
  if (!isAdditiveMeasure(measure) || valued.length === 0) return undefined;
  const value = sumOf(valued.map((p) => p.figure.value!));
  if (!value) return undefined;
  const { label, content, year, period } = parts[0].figure;
  return { id, label, value, ...(measure !== undefined ? { measure } : {}), ...(content ? { content } : {}), ...(year ? { year } : {}), ...(period ? { period } : {}) };
}

export interface RolledUp {
  readonly figures: readonly Figure[];
  readonly ocop: readonly Ocop[];
  readonly members: readonly MemberData[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The report made of its members: each member's figures (its own, else the sums of its own
 * members'), then the report's figures with the members' sums where it states no value
 * (where it does, its value stands and a differing sum is a warning), OCOP counts of a year
 * the report does not state added up.
 */
export function rollUp(members: readonly LoadedMember[], figures: readonly Located<Figure>[], indicators: readonly Located<Indicator>[], ocop: readonly Located<Ocop>[]): RolledUp {
  const diagnostics: Diagnostic[] = [];
  const own = splitOwn(figures);
  if (members.length === 0) return { figures: own.own.map((f) => f.value), ocop: splitOwn(ocop).own.map((o) => o.value), members: [], diagnostics };

  const figuresOf = (chain: readonly string[], nested: readonly LoadedMember[]): Located<Figure>[] => {
    const mine = own.members.filter((f) => sameChain(chainOf(f), chain));
    const ids = new Set(mine.map((f) => f.value.id));
    const children = nested.map((m) => ({ unit: m.unit, figures: figuresOf([...chain, m.unit], m.members) }));
    return [...mine, ...sums(children, ids)];
  };
  // Sums of children's figures, for the ids not stated above them; placed at the first child's entry.
  const sums = (children: readonly { unit: string; figures: readonly Located<Figure>[] }[], stated: ReadonlySet<string>): Located<Figure>[] => {
    const order: string[] = [];
    const parts = new Map<string, { unit: string; entry: Located<Figure> }[]>();
    for (const child of children) for (const entry of child.figures) {
      if (!parts.has(entry.value.id)) order.push(entry.value.id);
      parts.set(entry.value.id, [...(parts.get(entry.value.id) ?? []), { unit: child.unit, entry }]);
    }
    return order.filter((id) => !stated.has(id)).flatMap((id) => {
      const list = parts.get(id)!;
      const figure = combine(id, list.map((p) => ({ unit: p.unit, figure: p.entry.value })), diagnostics, () => list[0].entry);
      return figure ? [{ ...list[0].entry, value: figure }] : [];
    });
  };

  const memberData: MemberData[] = members.map((m) => ({
    unit: m.unit,
    missing: m.missing,
    figures: figuresOf([m.unit], m.members).map((f) => f.value),
    indicators: splitOwn(indicators).members.filter((i) => chainOf(i)[0] === m.unit).map((i) => i.value),
    ...(typeof resultsOf(m) === 'string' ? { results: resultsOf(m) } : {}),
  }));
  const children = memberData.map((m, i) => ({ unit: m.unit, figures: figuresOf([members[i].unit], members[i].members) }));
  const rolled = own.own.map((entry) => {
    const parts = children.flatMap((c) => c.figures.filter((f) => f.value.id === entry.value.id).map((f) => ({ unit: c.unit, figure: f.value })));
    if (parts.length === 0) return entry.value;
    const sum = combine(entry.value.id, parts, diagnostics, () => entry);
    if (!entry.value.value) return sum ? { ...entry.value, value: sum.value } : entry.value;
    if (sum?.value && Math.abs(sum.value.value - entry.value.value.value) > 1e-9) {
      diagnostics.push(diagnostic('warning', 'MEMBER_FIGURE_SUM_DIFFERS', { id: entry.value.id, stated: formatExact(entry.value.value.value, entry.value.value.decimals), sum: formatExact(sum.value.value, sum.value.decimals) }, placeOf(entry, 'value')));
    }
    return entry.value;
  });
  const ownIds = new Set(own.own.map((f) => f.value.id));
  return {
    figures: [...rolled, ...sums(children, ownIds).map((f) => f.value)],
    ocop: ocopRolledUp(splitOwn(ocop)),
    members: memberData,
    diagnostics,
  };
}

const resultsOf = (m: LoadedMember): string | undefined => {
  const narrative = (m.report?.value as { narrative?: { results?: unknown } } | undefined)?.narrative;
  return typeof narrative?.results === 'string' && narrative.results.trim() ? narrative.results : undefined;
};

/** OCOP counts of a year: the report's own, else the members' added up. */
function ocopRolledUp({ own, members }: { own: readonly Located<Ocop>[]; members: readonly Located<Ocop>[] }): Ocop[] {
  const years = new Set(own.map((o) => o.value.year));
  const added = new Map<number, Ocop>();
  for (const { value } of members) {
    if (years.has(value.year)) continue;
    const before = added.get(value.year);
    if (!before) {
      added.set(value.year, { ...value });
      continue;
    }
    const sum: Record<string, unknown> = { ...before };
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number' && k !== 'year') sum[k] = ((before as Record<string, unknown>)[k] as number | undefined ?? 0) + v;
    added.set(value.year, sum as Ocop);
  }
  return [...own.map((o) => o.value), ...[...added.values()].sort((a, b) => a.year - b.year)];
}
