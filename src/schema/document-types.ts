/** What each kind of document is called in its frame (ND30): the title word and the code of its số ký hiệu. */
export const DOCUMENT_TYPES = {
  'so-ket': { title: 'BÁO CÁO', code: 'BC', name: 'Báo cáo' },
  'tong-ket': { title: 'BÁO CÁO', code: 'BC', name: 'Báo cáo' },
  'ke-hoach': { title: 'KẾ HOẠCH', code: 'KH', name: 'Kế hoạch' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_TYPES;

export const documentType = (kind: string | undefined) => DOCUMENT_TYPES[(kind ?? 'so-ket') as DocumentKind] ?? DOCUMENT_TYPES['so-ket'];
