import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Re-packs an OOXML zip so the same content gives the same bytes: entries in a
 * fixed order with a fixed time, and the creation/modification stamps of
 * docProps/core.xml set to `date`.
 */
export function deterministicZip(bytes: Uint8Array, date: Date): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = entries['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    entries['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  // [Content_Types].xml first, as Office expects; the rest in name order.
  const names = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = [entries[name], { mtime: date, level: 6 }];
  return zipSync(zippable);
}

/** SOURCE_DATE_EPOCH (seconds) when set, else the report's own date at noon UTC. */
export function buildDate(reportDate: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${reportDate}T12:00:00Z`);
}
