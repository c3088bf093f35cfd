import type { Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { Place } from '../diagnostics/diagnostic.js';
import { placeAt, type Path, type SourceFile } from './source-file.js';
import { quickLocate } from './quick-locate.js';

const BIG_FILE = 1_000_000;

/**
 * The place of the node at `path`; with `key`, of the key naming its last step.
 * A path that leaves the tree (a missing field) stops at the deepest node that exists.
 */
export function locate(file: SourceFile, path: Path, options: { key?: boolean } = {}): Place {
  if (file.places) return file.places.placeOf(path);
  // A big file is walked as text first: its tree would cost far more than the check that found the problem.
  if (file.text.length > BIG_FILE && !file.hasTree) {
    const quick = quickLocate(file.text, file.display, path, options.key);
    if (quick) return quick;
  }
  let node: unknown = file.doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    const next = child(node, step);
    if (!next) break;
    node = next.value;
    keyNode = next.key;
  }
  const target = options.key && keyNode ? keyNode : (node as Node | null);
  const offset = target?.range?.[0] ?? 0;
  return placeAt(file, offset);
}

function child(node: unknown, step: string | number): { value: unknown; key?: Node } | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
    if (!pair) return undefined;
    return { value: pair.value ?? pair.key, key: pair.key as Node };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
