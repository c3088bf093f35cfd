import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILT_IN_TEMPLATES, builtInDir, COMMON_DIR } from '../../render/template-files.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

const DESCRIPTIONS: Record<string, string> = {
  'so-ket': 'báo cáo sơ kết: kết quả một giai đoạn và phương hướng giai đoạn còn lại',
  'tong-ket': 'báo cáo tổng kết: kết quả cả kỳ, đối chiếu chỉ tiêu, đề nghị khen thưởng',
};

export function templatesListCommand(options: CommonOptions): number {
  const out = new Output(options);
  if (out.json) process.stdout.write(JSON.stringify({ templates: BUILT_IN_TEMPLATES.map((name) => ({ name, description: DESCRIPTIONS[name] })) }, null, 2) + '\n');
  else for (const name of BUILT_IN_TEMPLATES) process.stdout.write(`${name.padEnd(10)} ${DESCRIPTIONS[name]}\n`);
  return EXIT.ok;
}

/** Copies a built-in template (its report.hbs and every partial) into a folder of the user's. */
export function templatesEjectCommand(name: string, dir: string, options: CommonOptions): number {
  const out = new Output(options);
  if (!(BUILT_IN_TEMPLATES as readonly string[]).includes(name)) {
    out.say(`report templates eject: không có mẫu “${name}”. Các mẫu: ${BUILT_IN_TEMPLATES.join(', ')}.`, `report templates eject: no template “${name}”. Templates: ${BUILT_IN_TEMPLATES.join(', ')}.`);
    out.jsonResult(false, [], { outputs: [] });
    return EXIT.usage;
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    out.say(`report templates eject: thư mục ${dir} không trống; không ghi đè.`, `report templates eject: ${dir} is not empty; nothing overwritten.`);
    out.jsonResult(false, [], { outputs: [] });
    return EXIT.usage;
  }
  mkdirSync(dir, { recursive: true });
  cpSync(COMMON_DIR, dir, { recursive: true });
  cpSync(builtInDir(name), dir, { recursive: true });
  const shown = relative(process.cwd(), dir) || dir;
  out.say(
    `Đã chép mẫu ${name} vào ${shown}. Ghi \`template: ${shown}\` trong report.yaml (đường dẫn tính từ thư mục báo cáo) rồi sửa các tệp .hbs.`,
    `Copied template ${name} to ${shown}. Put \`template: ${shown}\` in report.yaml (relative to the report folder) and edit the .hbs files.`,
  );
  out.jsonResult(true, [], { outputs: [shown] });
  return EXIT.ok;
}
