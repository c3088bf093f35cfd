/**
 * Text pasted from documents typed in TCVN3 (.VnTime) or VNI fonts arrives as
 * Latin-1 look-alikes: "Tr¸ Vinh", "Vieät Nam". Foreign names (Müller, Peña,
 * Søren) must not trip it, so only the marks these encodings put inside words count.
 */
// TCVN3 writes tones and ă/â/ê/ô/ơ/ư/đ as Latin-1 symbols (¸ = á, µ = à, ¹ = ạ, ® = đ …).
const TCVN3_MARKS = '[¸µ¶·¹¨ª¬\u00AD¦§£¤¥¢¡¼½¾®©]';
const TCVN3 = new RegExp(`\\p{L}${TCVN3_MARKS}|${TCVN3_MARKS}\\p{L}`, 'u');
// VNI writes a vowel then its marks as a second character (aø = à, eä = ệ …) and đ as ñ at the start of a word.
const VNI = /[aeiouyAEIOUY][äÄöÖøØûÛïÏõÕ]|(?<!\p{L})[ñÑ](?=[aeiouyAEIOUY])/u;

/** Every character either pattern needs: text without any of them cannot look legacy (a fast first look). */
const ANY_MARK = /[¸µ¶·¹¨ª¬\u00AD¦§£¤¥¢¡¼½¾®©äÄöÖøØûÛïÏõÕñÑ]/g;

/**
 * Only the few characters around each mark are tested with the full patterns: on a
 * 25 MB file, one scan for the marks instead of two Unicode-property scans of the whole text.
 */
export function looksLegacy(text: string): 'TCVN3' | 'VNI' | undefined {
  ANY_MARK.lastIndex = 0;
  for (let match = ANY_MARK.exec(text); match; match = ANY_MARK.exec(text)) {
    const around = text.slice(Math.max(0, match.index - 2), match.index + 3);
    if (VNI.test(around)) return 'VNI';
    if (TCVN3.test(around)) return 'TCVN3';
  }
  return undefined;
}
