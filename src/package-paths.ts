import { fileURLToPath } from 'node:url';

/** The installed package's own folders, whatever the working directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
