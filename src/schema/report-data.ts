import type { DataKind, EntityOf } from './kinds.js';
import type { Report } from './report.js';

/** The typed report the later stages work on: plain data, no positions. */
export type ReportData = { readonly report: Report; readonly dir: string } & { readonly [K in DataKind]: readonly EntityOf<K>[] };
