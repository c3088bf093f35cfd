import { AWARD_CATALOGUE } from '../schema/award-catalogue.js';
import { NameIndex, type Named } from './printed-names.js';
import type { NameContext } from './sheet-entries.js';

/** The named entries of a list as they were written (valid or not: a cell may still name them). */
const named = (values: readonly unknown[], key: string): Named[] =>
  values.flatMap((v) => {
    const list = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) ? list.filter((e): e is Named => !!e && typeof e === 'object' && typeof (e as Named).id === 'string' && (e as Named).id !== '') : [];
  });

/** Every unit, form and content a cell may name, from report.yaml and every data file read as text. */
export function nameContext(report: unknown, values: readonly unknown[]): NameContext {
  const all = [report, ...values];
  const contents = ((report as { movement?: { contents?: unknown } } | undefined)?.movement?.contents ?? []) as unknown;
  return {
    units: new NameIndex(named(all, 'units')),
    forms: new NameIndex([...AWARD_CATALOGUE, ...named(all, 'award_forms')]),
    contents: new NameIndex(Array.isArray(contents) ? contents.filter((c): c is Named => !!c && typeof (c as Named).id === 'string') : []),
  };
}

/**
 * Tables converted until the units they declare are all known: a units sheet may name a
 * parent declared a few rows below, or another sheet a unit declared in the units sheet.
 */
export function convertWithOwnUnits<T extends { file?: { value: unknown } }>(report: unknown, values: readonly unknown[], convert: (names: NameContext) => T[]): T[] {
  let known = -1;
  let read = convert(nameContext(report, values));
  for (let pass = 0; pass < 5; pass++) {
    const own = read.map((r) => r.file?.value).filter((v) => v !== undefined);
    const count = named(own, 'units').length;
    if (count === 0 || count === known) break;
    known = count;
    read = convert(nameContext(report, [...values, ...own]));
  }
  return read;
}
