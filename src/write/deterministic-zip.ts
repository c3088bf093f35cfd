import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Re-packs an OOXML zip so the same content gives the same bytes: entries in a
 * fixed order with a fixed time, and the creation/modification stamps of
 * docProps/core.xml set to `date`. Compressed data is copied as it is (zlib is
 * deterministic); only core.xml is recompressed.
 */
export function deterministicZip(bytes: Uint8Array, date: Date): Uint8Array {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readEntries(input);
  const core = entries.find((e) => e.name === CORE);
  if (core) Object.assign(core, packed(CORE, stamped((core.method === 8 ? inflateRawSync(core.data) : core.data).toString('utf8'), date)));
  return writeSorted(entries, date);
}

/**
 * Zips a package's parts the same deterministic way, from the parts themselves: node's
 * native deflate, a fixed order and time, core.xml's stamps set to `date`. For DOCX it
 * replaces docx's own zipping, a JavaScript deflate that took a sixth of a small build.
 */
export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>, date: Date): Uint8Array {
  const entries = [...parts].map(([path, data]) => {
    const name = path.replace(/^\//, '');
    if (name === CORE) return packed(name, stamped(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'), date));
    return packed(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  return writeSorted(entries, date);
}

const CORE = 'docProps/core.xml';

/** core.xml with its creation and modification stamps set to `date`: the same data, the same bytes. */
function stamped(xml: string, date: Date): Buffer {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return Buffer.from(xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`), 'utf8');
}

const packed = (name: string, raw: Buffer): Entry => ({ name, method: 8, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw) });

/** [Content_Types].xml first, as Office expects; the rest in name order; every entry at `date`. */
function writeSorted(entries: Entry[], date: Date): Uint8Array {
  entries.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return writeEntries(entries, dosTime(date));
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number; // uncompressed
  data: Buffer; // as stored (compressed or not)
}

function readEntries(zip: Buffer): Entry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method, crc, size, data: zip.subarray(dataStart, dataStart + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function writeEntries(entries: readonly Entry[], [time, day]: readonly [number, number]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by
    local.copy(header, 6, 4, 30); // the same fields, from version needed to name length
    header.writeUInt16LE(0, 30); // extra
    header.writeUInt16LE(0, 32); // comment
    header.writeUInt16LE(0, 34); // disk
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(0, 38); // external attributes
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of the zip format (node:zlib has one only from Node 20.15 on). */
export function crc32(bytes: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(bytes);
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date fields (local wall-clock fields taken from UTC, two-second steps). */
function dosTime(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

/** SOURCE_DATE_EPOCH (seconds) when set, else the report's own date at noon UTC. */
export function buildDate(reportDate: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${reportDate}T12:00:00Z`);
}
