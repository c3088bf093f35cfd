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
const ANY_MARK = /[¸µ¶·¹¨ª¬\u00AD¦§£¤¥¢¡¼½¾®©äÄöÖøØûÛïÏõÕñÑ]/;

export function looksLegacy(text: string): 'TCVN3' | 'VNI' | undefined {
  if (!ANY_MARK.test(text)) return undefined;
  if (VNI.test(text)) return 'VNI';
  if (TCVN3.test(text)) return 'TCVN3';
  return undefined;
}
