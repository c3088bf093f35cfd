import type { Figure } from './figure.js';
import type { Indicator } from './indicator.js';

/** One member of a roll-up as the report and its annex see it: what it sent, rolled up from its own members first. */
export interface MemberData {
  readonly unit: string;
  /** Its folder held no data file (nor did its members'). */
  readonly missing: boolean;
  /** Its figures by id, in the order sent. */
  readonly figures: readonly Figure[];
  readonly indicators: readonly Indicator[];
  /** `narrative.results` of its report.yaml: its prose under its heading with `results_by: unit`. */
  readonly results?: string;
}
