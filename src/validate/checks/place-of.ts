import { showPlace, type Place } from '../../diagnostics/diagnostic.js';
import { locate } from '../../load/locate.js';
import type { Located } from '../report-data.js';

/** Where a field of a located entity was written (the entry itself when absent). */
export const placeOf = (entry: Located<unknown>, field?: string): Place =>
  locate(entry.file, field ? [...entry.path, field] : entry.path);

export { showPlace };
