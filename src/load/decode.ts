import { isUtf8 } from 'node:buffer';

/** Bytes → text (a BOM dropped), or the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByteAt: number } {
  if (!isUtf8(bytes)) return { badByteAt: firstInvalidByte(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  // Old Mac (CR) and mixed line endings become LF, so every place counts lines as an editor shows them.
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/**
 * The offset of the first byte that is not UTF-8, by the same rules as the check that
 * refused the file: the longest valid prefix (overlong forms and surrogates included).
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // isUtf8(prefix) is true up to the bad byte, false from it on (a prefix may end inside a
  // character, so the search looks for the first prefix that stays invalid with 4 more bytes).
  const valid = (n: number) => isUtf8(bytes.subarray(0, n)) || isUtf8(bytes.subarray(0, Math.min(bytes.length, n + 1))) || isUtf8(bytes.subarray(0, Math.min(bytes.length, n + 2))) || isUtf8(bytes.subarray(0, Math.min(bytes.length, n + 3)));
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (valid(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
