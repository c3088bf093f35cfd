// A bare yaml.parse of every file of a folder: the yardstick for `report validate`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
const dir = process.argv[2];
for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) parse(readFileSync(join(dir, f), 'utf8'));
