import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonSchema } from '../../schema/json-schema.js';
import { writeAllAtomically } from '../../write/atomic-write.js';
import { isFileSystemError, writeFailure } from '../write-failure.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';
import { TEMPLATES_DIR } from '../../package-paths.js';

export const SCHEMA_FILE = 'report.schema.json';
const WORKBOOK_FILE = 'du-lieu.xlsx';

/** A starter file; with --xlsx report.yaml lists the workbook and the indicators as its data. */
async function starterFile(name: string, xlsx: boolean): Promise<Buffer> {
  if (name === WORKBOOK_FILE) return (await import('../../intake/starter-workbook.js')).starterWorkbook(STARTER_DIR);
  const bytes = readFileSync(join(STARTER_DIR, name));
  if (!xlsx || name !== 'report.yaml') return bytes;
  return Buffer.from(`${bytes.toString('utf8').trimEnd()}\ndata: ["${WORKBOOK_FILE}", "indicators.yaml"]   # sổ Excel: các trang Đơn vị, Chỉ tiêu, Mô hình, Khen thưởng\n`);
}
const STARTER_DIR = join(TEMPLATES_DIR, 'starter');

/** Writes a small, complete report folder to start from; never overwrites a file. */
export async function initCommand(dir: string, options: CommonOptions & { xlsx?: boolean }): Promise<number> {
  const out = new Output(options);
  // With --xlsx the lists are one workbook (du-lieu.xlsx); indicators stay YAML (a unit rarely sends them).
  const files = options.xlsx ? ['report.yaml', 'indicators.yaml', WORKBOOK_FILE] : readdirSync(STARTER_DIR).sort();
  const targets = [...files, SCHEMA_FILE].map((name) => join(dir, name));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0) {
    return out.usage(
      `report init: không ghi đè tệp đã có: ${existing.join(', ')}. Chọn một thư mục trống.`,
      `report init: will not overwrite existing files: ${existing.join(', ')}. Choose an empty folder.`,
      { written: [], existing },
    );
  }
  try {
    await writeAllAtomically([
      ...(await Promise.all(files.map(async (name) => ({ path: join(dir, name), bytes: await starterFile(name, options.xlsx === true) })))),
      { path: join(dir, SCHEMA_FILE), bytes: Buffer.from(JSON.stringify(jsonSchema(), null, 2) + '\n') },
    ]);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    return out.ioFailure(writeFailure(dir, error), { written: [] });
  }
  const written = targets.map((t) => relative(process.cwd(), t) || t);
  out.say(`Đã tạo ${written.length} tệp trong ${dir}:\n  ${written.join('\n  ')}\nTiếp theo: report validate ${dir}`, `Created ${written.length} files in ${dir}:\n  ${written.join('\n  ')}\nNext: report validate ${dir}`);
  out.jsonResult(true, [], { written });
  return EXIT.ok;
}
