/** The document model between Markdown and DOCX: plain data, nothing of the docx library. */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly inlines: readonly Inline[] }
  /** `closing`: the `./.` line that ends a body whose last block is a table. */
  /** `centred`: a line written `-> … <-`, as a caption under a title. */
  | { readonly type: 'paragraph'; readonly inlines: readonly Inline[]; readonly list?: 1 | 2; readonly closing?: boolean; readonly centred?: boolean }
  | {
      readonly type: 'table';
      readonly align: readonly Align[];
      readonly header: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | { readonly type: 'pagebreak' };

export const plainText = (inlines: readonly Inline[]) => inlines.map((i) => i.text).join('');
