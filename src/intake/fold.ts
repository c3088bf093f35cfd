/** `Họ và tên`, `HỌ VÀ TÊN`, `Ho va ten ` → `ho va ten`: labels and names compared as a clerk reads them. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}
