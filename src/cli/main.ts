import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from './exit-codes.js';
import { PACKAGE_ROOT } from '../package-paths.js';

const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Ví dụ (examples):
  report init bao-cao-2024              tạo thư mục báo cáo mẫu
  report validate bao-cao-2024          kiểm tra dữ liệu
  report validate bao-cao-2024 --json   kết quả dạng JSON cho CI
  report build bao-cao-2024 -o out      xuất báo cáo DOCX và phụ lục XLSX
  report export awards bao-cao-2024 -o khen-thuong.xlsx --form bang-khen-tinh

Mã thoát (exit codes): 0 ổn, 1 lỗi dữ liệu, 2 sai cách dùng, 3 lỗi đọc/ghi, 70 lỗi nội bộ.
`;

const common = (command: Command) =>
  command
    .option('--json', 'in kết quả dạng JSON ra stdout (print a JSON result on stdout)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo (message language)').choices(['vi', 'en']));

/** Commands load their modules on use, so `--help` and `validate` stay light. */
export function program(setExit: (code: number) => void): Command {
  const root = new Command('report')
    .description('Báo cáo sơ kết / tổng kết phong trào thi đua: YAML → DOCX, XLSX')
    .version(VERSION, '-v, --version')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError();

  common(root.command('validate').argument('[dir]', 'thư mục báo cáo', '.').description('kiểm tra dữ liệu của một thư mục báo cáo')).action(async (dir, options) => {
    const { validateCommand } = await import('./commands/validate.js');
    setExit(validateCommand(dir, options));
  });

  common(root.command('init').argument('[dir]', 'thư mục sẽ tạo', '.').description('tạo một thư mục báo cáo mẫu đầy đủ')).action(async (dir, options) => {
    const { initCommand } = await import('./commands/init.js');
    setExit(await initCommand(dir, options));
  });

  common(root.command('schema').option('-o, --output <file>', 'ghi ra tệp thay vì stdout').description('in JSON Schema của định dạng dữ liệu (cho VS Code)')).action(async (options) => {
    const { schemaCommand } = await import('./commands/schema.js');
    setExit(await schemaCommand(options));
  });

  common(
    root
      .command('build')
      .argument('[dir]', 'thư mục báo cáo', '.')
      .option('-o, --output <dir>', 'thư mục ghi kết quả (mặc định: out/ cạnh report.yaml)')
      .option('--pdf', 'chuyển thêm sang PDF bằng LibreOffice')
      .description('xuất báo cáo DOCX (và phụ lục XLSX) từ một thư mục báo cáo'),
  ).action(async (dir, options) => {
    const { buildCommand } = await import('./commands/build.js');
    setExit(await buildCommand(dir, options));
  });

  const exporter = root.command('export').description('xuất dữ liệu ra Excel / CSV');
  common(
    exporter
      .command('awards')
      .argument('[dir]', 'thư mục báo cáo', '.')
      .option('-o, --output <file>', 'tệp ghi ra (mặc định: out/<tên>-khen-thuong.xlsx)')
      .option('--form <ids>', 'chỉ các hình thức này (mã, cách nhau bằng dấu phẩy)')
      .option('--unit <ids>', 'chỉ các đơn vị này (mã, cách nhau bằng dấu phẩy)')
      .option('--recipient <kinds>', 'tap-the | ca-nhan | ho-gia-dinh (có thể nhiều, cách nhau bằng dấu phẩy)')
      .option('--status <status>', 'proposed (đề nghị) | granted (đã khen thưởng)')
      .option('--format <format>', 'xlsx (mặc định) | csv (UTF-8 có BOM cho Excel)')
      .description('xuất danh sách khen thưởng ra Excel hoặc CSV'),
  ).action(async (dir, options) => {
    const { exportAwardsCommand } = await import('./commands/export-awards.js');
    setExit(await exportAwardsCommand(dir, options));
  });

  const templates = root.command('templates').description('các mẫu báo cáo có sẵn');
  common(templates.command('list').description('liệt kê các mẫu có sẵn')).action(async (options) => {
    const { templatesListCommand } = await import('./commands/templates.js');
    setExit(templatesListCommand(options));
  });
  common(templates.command('eject').argument('<name>', 'so-ket | tong-ket').argument('<dir>', 'thư mục đích (trống)').description('chép một mẫu có sẵn ra để sửa')).action(async (name, dir, options) => {
    const { templatesEjectCommand } = await import('./commands/templates.js');
    setExit(templatesEjectCommand(name, dir, options));
  });

  return root;
}

export async function main(argv: readonly string[]): Promise<void> {
  let code: number = EXIT.ok;
  const root = program((c) => (code = c));
  const override = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(root);
  try {
    await root.parseAsync(argv as string[]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  process.exitCode = code;
}
