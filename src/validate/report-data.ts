import type { Path, SourceFile } from '../load/source-file.js';
import type { DataKind, EntityOf } from '../schema/kinds.js';

/** A validated entity and where it was written. */
export interface Located<T> {
  readonly value: T;
  readonly file: SourceFile;
  readonly path: Path;
}

export type LocatedData = { readonly [K in DataKind]: readonly Located<EntityOf<K>>[] };
