import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's own folder, whatever the working directory: the nearest folder
 * above this module holding package.json. Found by walking up, so the same code works from
 * `dist/` (tsc) and from the single-file bundle the CLI runs.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const PACKAGE_ROOT = packageRoot();
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
