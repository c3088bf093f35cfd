import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { makeFolderSync } from '../../write/atomic-write.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TEMPLATES_DIR } from '../../package-paths.js';
import { suggest } from '../../validate/suggest.js';
import { isFileSystemError, writeFailure } from '../write-failure.js';
import { BUILT_IN_TEMPLATES, builtInDir, COMMON_DIR } from '../../render/template-files.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

const DESCRIPTIONS: Record<string, string> = {
  'so-ket': 'báo cáo sơ kết: kết quả một giai đoạn và phương hướng giai đoạn còn lại',
  'tong-ket': 'báo cáo tổng kết: kết quả cả kỳ, đối chiếu chỉ tiêu, đề nghị khen thưởng',
  'ke-hoach': 'kế hoạch phát động: mục đích, nội dung và chỉ tiêu phấn đấu, khen thưởng, tổ chức thực hiện',
};

export function templatesListCommand(options: CommonOptions): number {
  const out = new Output(options);
  if (out.json) process.stdout.write(JSON.stringify({ ok: true, errors: 0, warnings: 0, templates: BUILT_IN_TEMPLATES.map((name) => ({ name, description: DESCRIPTIONS[name] })), diagnostics: [] }, null, 2) + '\n');
  else for (const name of BUILT_IN_TEMPLATES) process.stdout.write(`${name.padEnd(10)} ${DESCRIPTIONS[name]}\n`);
  return EXIT.ok;
}

/**
 * Copies a built-in template (its report.hbs, every partial and the workbook layouts)
 * into a folder of the user's, and says the `template:` line to write, relative to the
 * report folder that holds (or is beside) the copy.
 */
export function templatesEjectCommand(name: string, dir: string, options: CommonOptions): number {
  const out = new Output(options);
  if (!(BUILT_IN_TEMPLATES as readonly string[]).includes(name)) {
    const near = suggest(name, BUILT_IN_TEMPLATES);
    return out.usage(
      `report templates eject: không có mẫu “${name}”.${near ? ` Có phải ý bạn là “${near}”?` : ''} Các mẫu: ${BUILT_IN_TEMPLATES.join(', ')}.`,
      `report templates eject: no template “${name}”.${near ? ` Did you mean “${near}”?` : ''} Templates: ${BUILT_IN_TEMPLATES.join(', ')}.`,
      { outputs: [] },
    );
  }
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    return out.usage(`report templates eject: ${dir} đã có và không phải thư mục trống; không ghi đè.`, `report templates eject: ${dir} exists and is not an empty folder; nothing overwritten.`, { outputs: [] });
  }
  try {
    makeFolderSync(dir);
    cpSync(COMMON_DIR, dir, { recursive: true });
    cpSync(builtInDir(name), dir, { recursive: true });
    cpSync(join(TEMPLATES_DIR, 'workbooks'), join(dir, 'workbooks'), { recursive: true });
    cpSync(join(TEMPLATES_DIR, 'pack'), join(dir, 'pack'), { recursive: true });
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    return out.ioFailure(writeFailure(dir, error), { outputs: [] });
  }
  const shown = relative(process.cwd(), dir) || dir;
  const reportDir = reportFolderOf(resolve(dir));
  const value = reportDir ? relative(reportDir, resolve(dir)).split(sep).join('/') : undefined;
  out.say(
    value
      ? `Đã chép mẫu ${name} (cả các tệp bảng tính trong workbooks/ và hồ sơ khen thưởng trong pack/) vào ${shown}. Ghi \`template: ${value}\` trong ${join(relative(process.cwd(), reportDir!) || '.', 'report.yaml')} rồi sửa các tệp .hbs.`
      : `Đã chép mẫu ${name} (cả các tệp bảng tính trong workbooks/ và hồ sơ khen thưởng trong pack/) vào ${shown}. Trong report.yaml, ghi \`template:\` là đường dẫn từ thư mục chứa report.yaml tới ${shown}.`,
    value
      ? `Copied template ${name} (with the workbook layouts in workbooks/ and the award pack in pack/) to ${shown}. Put \`template: ${value}\` in ${join(relative(process.cwd(), reportDir!) || '.', 'report.yaml')} and edit the .hbs files.`
      : `Copied template ${name} (with the workbook layouts in workbooks/ and the award pack in pack/) to ${shown}. In report.yaml, set \`template:\` to the path from the folder of report.yaml to ${shown}.`,
  );
  out.jsonResult(true, [], { outputs: [shown], ...(value ? { template: value } : {}) });
  return EXIT.ok;
}

/** The nearest folder holding a report.yaml: the copy's own parents, then the working folder. */
function reportFolderOf(dir: string): string | undefined {
  for (let current = dirname(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'report.yaml')) || existsSync(join(current, 'report.yml'))) return current;
    if (dirname(current) === current) break;
  }
  return existsSync(join(process.cwd(), 'report.yaml')) ? process.cwd() : undefined;
}
