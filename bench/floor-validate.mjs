// The floor of `report validate` (issue 13): a bare js-yaml load of every file of the folder.
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) n += Object.keys(load(readFileSync(join(dir, f), 'utf8')) ?? {}).length;
if (n < 0) console.log(n);
