import { Command, CommanderError, Help, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsJson } from '../diagnostics/format-json.js';
import type { Lang } from '../diagnostics/lang.js';
import { PACKAGE_ROOT } from '../package-paths.js';
import { commanderError, helpText, helpTitle, scanArgs } from './commander-words.js';
import { EXIT } from './exit-codes.js';

const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const EXAMPLES_EN = `
Examples:
  report init report-2024              create a sample report folder
  report validate report-2024          check the data
  report validate report-2024 --json   the result as JSON, for CI
  report build report-2024 -o out      write the DOCX report and the XLSX annexes
  report export awards report-2024 -o awards.xlsx --form bang-khen-tinh

Exit codes: 0 ok, 1 data errors, 2 wrong usage, 3 file could not be read or written, 70 internal error.
`;

const EXAMPLES = `
Ví dụ (examples):
  report init bao-cao-2024              tạo thư mục báo cáo mẫu
  report validate bao-cao-2024          kiểm tra dữ liệu
  report validate bao-cao-2024 --json   kết quả dạng JSON cho CI
  report build bao-cao-2024 -o out      xuất báo cáo DOCX và phụ lục XLSX
  report export awards bao-cao-2024 -o khen-thuong.xlsx --form bang-khen-tinh

Mã thoát (exit codes): 0 ổn, 1 lỗi dữ liệu, 2 sai cách dùng, 3 lỗi đọc/ghi, 70 lỗi nội bộ.
`;

/** Commands load their modules on use, so `--help` and `validate` stay light. */
export function program(setExit: (code: number) => void, lang: Lang = 'vi', onError: (message: string) => void = (m) => process.stderr.write(m)): Command {
  const t = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const common = (command: Command) =>
    command
      .option('--json', t('in kết quả dạng JSON ra stdout', 'print a JSON result on stdout'))
      .addOption(new Option('--lang <lang>', t('ngôn ngữ thông báo', 'message language')).choices(['vi', 'en']));
  const root = new Command('report')
    .description(t('Báo cáo sơ kết / tổng kết phong trào thi đua: YAML → DOCX, XLSX', 'Review reports of emulation movements: YAML → DOCX, XLSX'))
    .version(VERSION, '-v, --version', t('in số phiên bản', 'output the version number'))
    .helpOption('-h, --help', t('xem hướng dẫn', 'display help for command'))
    .helpCommand('help [command]', t('xem hướng dẫn của một lệnh', 'display help for command'))
    // Commander's own words through its Help hooks (not a fork): terms are translated before the columns are padded.
    .configureHelp({
      styleTitle: (title: string) => helpTitle(title, lang),
      subcommandTerm: (cmd: Command) => helpText(Help.prototype.subcommandTerm.call(new Help(), cmd), lang),
      commandUsage: (cmd: Command) => helpText(Help.prototype.commandUsage.call(new Help(), cmd), lang),
      optionDescription: (option: Option) => helpText(Help.prototype.optionDescription.call(new Help(), option), lang),
      argumentDescription: (argument) => helpText(Help.prototype.argumentDescription.call(new Help(), argument), lang),
    })
    .configureOutput({ outputError: (message: string) => onError(commanderError(message, lang)) })
    .addHelpText('after', lang === 'en' ? EXAMPLES_EN : EXAMPLES)
    .showSuggestionAfterError();
  // `report --lang en --help` and `report --json nonsense` are understood at the top too; options given
  // before the command reach it, options after it stay its own.
  common(root).enablePositionalOptions();
  const globals = <T extends object>(options: T): T => ({ ...root.opts(), ...options });

  common(root.command('validate').argument('[dir]', t('thư mục báo cáo', 'report folder'), '.').description(t('kiểm tra dữ liệu của một thư mục báo cáo', 'check the data of a report folder'))).action(async (dir, options) => {
    const { validateCommand } = await import('./commands/validate.js');
    setExit(await validateCommand(dir, globals(options)));
  });

  common(root.command('init').argument('[dir]', t('thư mục sẽ tạo', 'folder to create'), '.').option('--xlsx', t('dữ liệu mẫu là một sổ Excel du-lieu.xlsx (có danh sách chọn)', 'the sample data as one workbook du-lieu.xlsx (with drop-down lists)')).description(t('tạo một thư mục báo cáo mẫu đầy đủ', 'write a complete sample report folder'))).action(async (dir, options) => {
    const { initCommand } = await import('./commands/init.js');
    setExit(await initCommand(dir, globals(options)));
  });

  common(root.command('schema').option('-o, --output <file>', t('ghi ra tệp thay vì stdout', 'write to a file instead of stdout')).description(t('in JSON Schema của định dạng dữ liệu (cho VS Code)', 'print the JSON Schema of the data format (for VS Code)'))).action(async (options) => {
    const { schemaCommand } = await import('./commands/schema.js');
    setExit(await schemaCommand(globals(options)));
  });

  common(
    root
      .command('build')
      .argument('[dirs...]', t('thư mục báo cáo (một hay nhiều, hoặc mẫu glob như bao-cao/*)', 'report folders (one or more, or a glob such as reports/*)'))
      .option('-o, --output <dir>', t('thư mục ghi kết quả (mặc định: out/ cạnh report.yaml; nhiều thư mục: <dir>/<tên thư mục>)', 'folder to write into (default: out/ beside report.yaml; several folders: <dir>/<folder name>)'))
      .option('--pdf', t('chuyển thêm sang PDF bằng LibreOffice', 'also convert to PDF with LibreOffice'))
      .description(t('xuất báo cáo DOCX (và phụ lục XLSX) từ một thư mục báo cáo', 'write the DOCX report (and XLSX annexes) of a report folder')),
  ).action(async (dir, options) => {
    const { buildFoldersCommand } = await import('./commands/build.js');
    setExit(await buildFoldersCommand(dir, globals(options)));
  });

  common(
    root
      .command('pack')
      .argument('[dir]', t('thư mục báo cáo', 'report folder'), '.')
      .option('-o, --output <dir>', t('thư mục ghi kết quả (mặc định: out/pack/ cạnh report.yaml)', 'folder to write into (default: out/pack/ beside report.yaml)'))
      .description(t('hồ sơ khen thưởng: tờ trình, quyết định và danh sách, phôi bằng khen, kịch bản trao thưởng, tổng hợp tiền thưởng', 'the award pack: proposal, decisions and lists, certificates, ceremony script, money table')),
  ).action(async (dir, options) => {
    const { packCommand } = await import('./commands/pack.js');
    setExit(await packCommand(dir, globals(options)));
  });

  common(
    root
      .command('import')
      .argument('<file>', t('sổ Excel (.xlsx) hoặc tệp CSV của đơn vị', 'a unit’s workbook (.xlsx) or CSV file'))
      .option('-o, --output <file>', t('tệp YAML ghi ra (mặc định: in ra màn hình)', 'YAML file to write (default: print it)'))
      .addOption(new Option('--kind <kind>', t('loại dữ liệu khi tên trang không nói', 'what the sheets hold when their names do not say')).choices(['awards', 'units', 'figures', 'models', 'model_counts', 'award_counts', 'indicators', 'ocop']))
      .description(t('chuyển sổ Excel / CSV thành YAML của định dạng, mỗi mục ghi ô nguồn', 'turn a workbook / CSV file into YAML of the format, each entry naming its source cell')),
  ).action(async (file, options) => {
    const { importCommand } = await import('./commands/import.js');
    setExit(await importCommand(file, globals(options)));
  });

  const exporter = root.command('export').description(t('xuất dữ liệu ra Excel / CSV', 'export data to Excel / CSV'));
  common(
    exporter
      .command('awards')
      .argument('[dir]', t('thư mục báo cáo', 'report folder'), '.')
      .option('-o, --output <file>', t('tệp ghi ra (mặc định: out/<tên>-khen-thuong.xlsx)', 'file to write (default: out/<name>-khen-thuong.xlsx)'))
      .option('--form <ids>', t('chỉ các hình thức này (mã, cách nhau bằng dấu phẩy)', 'only these forms (ids, comma-separated)'))
      .option('--unit <ids>', t('chỉ các đơn vị này (mã, cách nhau bằng dấu phẩy)', 'only these units (ids, comma-separated)'))
      .option('--recipient <kinds>', t('tap-the | ca-nhan | ho-gia-dinh (có thể nhiều, cách nhau bằng dấu phẩy)', 'tap-the | ca-nhan | ho-gia-dinh (comma-separated)'))
      .option('--status <status>', t('proposed (đề nghị) | granted (đã khen thưởng)', 'proposed | granted'))
      .option('--format <format>', t('xlsx (mặc định) | csv (UTF-8 có BOM cho Excel)', 'xlsx (default) | csv (UTF-8 with a BOM for Excel)'))
      .description(t('xuất danh sách khen thưởng ra Excel hoặc CSV', 'export the award list to Excel or CSV')),
  ).action(async (dir, options) => {
    const { exportAwardsCommand } = await import('./commands/export-awards.js');
    setExit(await exportAwardsCommand(dir, globals(options)));
  });

  const templates = root.command('templates').description(t('các mẫu báo cáo có sẵn', 'the built-in report templates'));
  common(templates.command('list').description(t('liệt kê các mẫu có sẵn', 'list the built-in templates'))).action(async (options) => {
    const { templatesListCommand } = await import('./commands/templates.js');
    setExit(templatesListCommand(globals(options)));
  });
  common(templates.command('eject').argument('<name>', 'so-ket | tong-ket').argument('<dir>', t('thư mục đích (trống)', 'target folder (empty)')).description(t('chép một mẫu có sẵn ra để sửa', 'copy a built-in template out to change it'))).action(async (name, dir, options) => {
    const { templatesEjectCommand } = await import('./commands/templates.js');
    setExit(templatesEjectCommand(name, dir, globals(options)));
  });

  return root;
}

export async function main(argv: readonly string[]): Promise<void> {
  let code: number = EXIT.ok;
  const { lang, json } = scanArgs(argv.slice(2));
  let usageError = '';
  // With --json a usage error is part of the JSON result on stdout; otherwise it goes to stderr as commander writes it.
  const root = program((c) => (code = c), lang, (message) => (json ? (usageError += message) : process.stderr.write(message)));
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
    if (json && code === EXIT.usage) {
      const text = (usageError || commanderError(error.message, lang)).trim();
      const usage = diagnostic('error', 'USAGE', { text });
      process.stdout.write(JSON.stringify({ ok: false, errors: 1, warnings: 0, diagnostics: diagnosticsJson([usage], lang) }, null, 2) + '\n');
    }
  }
  process.exitCode = code;
}
