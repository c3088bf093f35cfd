/**
 * Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * A text pasted from another program may carry them; Word and Excel refuse a file
 * that contains them, so the writers drop them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/; // cheap test first: almost no text has any

export const xmlSafe = (text: string): string => (SUSPECT.test(text) ? text.replace(NOT_XML, '') : text);
