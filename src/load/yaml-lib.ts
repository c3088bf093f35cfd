import { createRequire } from 'node:module';

/**
 * The `yaml` library, loaded on first use: a valid report never needs it (js-yaml
 * reads it), so `report validate` of good data skips its start-up cost.
 */
let lib: typeof import('yaml') | undefined;
export function yamlLib(): typeof import('yaml') {
  lib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return lib;
}
