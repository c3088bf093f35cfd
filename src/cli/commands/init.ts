import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonSchema } from '../../schema/json-schema.js';
import { writeAtomically } from '../../write/atomic-write.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';
import { TEMPLATES_DIR } from '../../package-paths.js';

export const SCHEMA_FILE = 'report.schema.json';
const STARTER_DIR = join(TEMPLATES_DIR, 'starter');

/** Writes a small, complete report folder to start from; never overwrites a file. */
export async function initCommand(dir: string, options: CommonOptions): Promise<number> {
  const out = new Output(options);
  const files = readdirSync(STARTER_DIR).sort();
  const targets = [...files, SCHEMA_FILE].map((name) => join(dir, name));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0) {
    out.say(
      `report init: không ghi đè tệp đã có: ${existing.join(', ')}. Chọn một thư mục trống.`,
      `report init: will not overwrite existing files: ${existing.join(', ')}. Choose an empty folder.`,
    );
    out.jsonResult(false, [], { written: [], existing });
    return EXIT.usage;
  }
  for (const name of files) await writeAtomically(join(dir, name), readFileSync(join(STARTER_DIR, name)));
  await writeAtomically(join(dir, SCHEMA_FILE), Buffer.from(JSON.stringify(jsonSchema(), null, 2) + '\n'));
  const written = targets.map((t) => relative(process.cwd(), t) || t);
  out.say(`Đã tạo ${written.length} tệp trong ${dir}:\n  ${written.join('\n  ')}\nTiếp theo: report validate ${dir}`, `Created ${written.length} files in ${dir}:\n  ${written.join('\n  ')}\nNext: report validate ${dir}`);
  out.jsonResult(true, [], { written });
  return EXIT.ok;
}
