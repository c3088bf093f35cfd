import { isUtf8 } from 'node:buffer';

/** Bytes → text (a BOM dropped), or the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByteAt: number } {
  if (!isUtf8(bytes)) return { badByteAt: firstInvalidByte(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  // Old Mac (CR) and mixed line endings become LF, so every place counts lines as an editor shows them.
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] ?? 0) >> 6 !== 0b10) return i;
    i += length;
  }
  return 0;
}
