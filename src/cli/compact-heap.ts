import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many awards and models the heap is small: a full collection would only cost time. */
const BIG = 20_000;

let collect: (() => void) | undefined;

/**
 * One full garbage collection between reading the data and writing the workbook, for big
 * data only. Validation leaves tens of megabytes of garbage in the old generation (the file
 * text, wrappers with places, zod's copies) that V8 would keep until the heap grew further:
 * an export of 100k awards peaked at 515 MB with it, 350 MB after one collection. `gc` is
 * reached the documented-by-practice way (the flag set at run time, the function read from a
 * fresh context), since a CLI cannot ask its users to start node with --expose-gc.
 */
export function compactHeapIfBig(rows: number): void {
  if (rows < BIG) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
