import type { DataKind, EntityOf } from './kinds.js';
import type { MemberData } from './member-data.js';
import type { Indicator } from './indicator.js';

/** The same report a period earlier (`previous:`): what changes are computed against. */
export interface PreviousReport {
  readonly dir: string;
  readonly indicators: readonly Indicator[];
}
import type { Report } from './report.js';

/** The typed report the later stages work on: plain data, no positions. */
export type ReportData = { readonly report: Report; readonly dir: string; readonly members?: readonly MemberData[]; readonly previous?: PreviousReport } & { readonly [K in DataKind]: readonly EntityOf<K>[] };
