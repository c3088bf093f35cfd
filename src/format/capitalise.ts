/** The first letter in capitals, the Vietnamese way (`đã có …` → `Đã có …`); the rest as written. */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
