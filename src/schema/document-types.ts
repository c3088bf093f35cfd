/** What each kind of document is called in its frame (ND30): the title word and the code of its số ký hiệu. */
export const DOCUMENT_TYPES = {
  'so-ket': { title: 'BÁO CÁO', code: 'BC', name: 'Báo cáo' },
  'tong-ket': { title: 'BÁO CÁO', code: 'BC', name: 'Báo cáo' },
  'ke-hoach': { title: 'KẾ HOẠCH', code: 'KH', name: 'Kế hoạch' },
  'to-trinh': { title: 'TỜ TRÌNH', code: 'TTr', name: 'Tờ trình' },
  'quyet-dinh': { title: 'QUYẾT ĐỊNH', code: 'QĐ', name: 'Quyết định' },
  // A working paper of the ceremony: no số ký hiệu, no signature.
  'kich-ban': { title: 'KỊCH BẢN', code: '', name: 'Kịch bản' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_TYPES;

export const documentType = (kind: string | undefined) => DOCUMENT_TYPES[(kind ?? 'so-ket') as DocumentKind] ?? DOCUMENT_TYPES['so-ket'];

type Lines = string | readonly string[];

/** What the ND30 frame around a body needs: a report is one, so is each document of the pack. */
export interface DocumentFrame {
  readonly kind: string;
  readonly issuer: { readonly parent?: Lines; readonly name: Lines; readonly abbreviation: string };
  readonly number?: string | number;
  readonly place: string;
  readonly date: string;
  /** The trích yếu under the type's name. */
  readonly title: string;
  readonly addressees?: readonly string[];
  /** Absent: no foot (nơi nhận and signature), as in a ceremony script. */
  readonly signer?: { readonly authority?: string; readonly title: string; readonly name: string };
  readonly recipients?: readonly string[];
}
