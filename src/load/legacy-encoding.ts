/**
 * Text pasted from documents typed in TCVN3 (.VnTime) or VNI fonts arrives as
 * Latin-1 look-alikes: "Tr¸ Vinh", "Vieät Nam". These characters never occur
 * in Unicode Vietnamese inside a word, so a word holding one is suspicious.
 */
const LEGACY_CHARS = '[¸µ¶·¹¨ª¬\u00AD¦§£¤¥¢¡Æ¼½¾ÇËÎÏÑÖ×ØÛÜÞßåæçëîïñö÷øûüþ]';
const TCVN3 = new RegExp(`\\p{L}${LEGACY_CHARS}|${LEGACY_CHARS}\\p{L}`, 'u');
const VNI = /[aeiouyAEIOUY][äÄöÖøØûÛïÏ]|[ñÑ](?=\p{L})/u;

export function looksLegacy(text: string): 'TCVN3' | 'VNI' | undefined {
  if (VNI.test(text)) return 'VNI';
  if (TCVN3.test(text)) return 'TCVN3';
  return undefined;
}
