import { basename, dirname, join, relative, resolve } from 'node:path';
import { outputOverInput, refuseOutputOverInput, userTemplateDir } from '../guard-outputs.js';
import { planBuild } from '../../plan/plan-build.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { writeAllAtomically } from '../../write/atomic-write.js';
import { EXIT } from '../exit-codes.js';
import { CapturedOutput, Output, type CommonOptions } from '../output.js';
import { expandFolders } from '../expand-folders.js';
import { convertToPdf } from './pdf.js';
import { writeFailure } from '../write-failure.js';
import { validateForOutput } from '../validated.js';
import { compactHeapIfBig } from '../compact-heap.js';

export interface BuildOptions extends CommonOptions {
  output?: string;
  pdf?: boolean;
}

/** Validate, then write every output atomically; any data error writes nothing. */
export async function buildCommand(dir: string, options: BuildOptions, out: Output = new Output(options)): Promise<number> {
  // -o names the folder the outputs go into; a file name there is a slip, not a wish for a folder called a.docx.
  if (options.output !== undefined && /\.(docx|xlsx|pdf)$/i.test(options.output)) {
    const folder = dirname(options.output);
    return out.usage(
      `report build: -o là thư mục ghi kết quả, không phải tên tệp (“${options.output}”). Ví dụ: -o ${folder === '.' ? 'out' : folder}; tên tệp lấy theo tên thư mục báo cáo.`,
      `report build: -o is the folder the outputs go into, not a file name (“${options.output}”). E.g. -o ${folder === '.' ? 'out' : folder}; the file names follow the report folder's name.`,
      { outputs: [] },
    );
  }
  if (options.output === '') return out.usage('report build: -o cần một thư mục.', 'report build: -o needs a folder.', { outputs: [] });
  const validated = await validateForOutput(dir, out);
  if ('exit' in validated) return validated.exit;
  const { data, validation, fail } = validated;

  const outDir = options.output ?? join(data.dir, 'out');
  compactHeapIfBig(data.awards.length + data.models.length);
  const late: Diagnostic[] = [];
  const plan = await planBuild(data, outDir, late);
  const diagnostics = [...validation.diagnostics, ...plan.diagnostics];
  if (hasErrors(diagnostics)) return fail(EXIT.dataErrors, diagnostics);
  const clash = outputOverInput([...plan.outputs.map((o) => o.path), ...(options.pdf ? plan.outputs.filter((o) => o.kind === 'docx').map((o) => o.path.replace(/\.docx$/, '.pdf')) : [])], validation.inputs, userTemplateDir(data));
  if (clash) return refuseOutputOverInput(out, 'report build', clash);

  try {
    await writeAllAtomically(plan.outputs.map((o) => ({ path: o.path, bytes: o.bytes })));
  } catch (error) {
    return fail(EXIT.io, [...diagnostics, writeFailure((error as NodeJS.ErrnoException).path ?? outDir, error)]);
  }
  diagnostics.push(...late);
  const written = plan.outputs.map((o) => relative(process.cwd(), o.path) || o.path);
  let code: number = EXIT.ok;
  if (options.pdf) {
    const docx = plan.outputs.find((o) => o.kind === 'docx');
    const pdf = docx ? await convertToPdf(docx.path) : undefined;
    if (pdf?.ok) written.push(relative(process.cwd(), pdf.path) || pdf.path);
    else {
      out.say(
        'report build --pdf: không tìm thấy LibreOffice (soffice) hoặc không chuyển được. Cài bằng: sudo apt-get install libreoffice-writer-nogui. Tệp DOCX vẫn đã được ghi.',
        'report build --pdf: LibreOffice (soffice) is missing or failed. Install it with: sudo apt-get install libreoffice-writer-nogui. The DOCX was written.',
      );
      code = EXIT.io;
    }
  }
  out.diagnostics(diagnostics, validation.sources);
  for (const path of written) out.say(`Đã ghi ${path}`, `Wrote ${path}`);
  out.jsonResult(code === EXIT.ok, diagnostics, { outputs: written });
  return code;
}

/**
 * `report build DIR...`: several folders (or globs of folders) in one process, each into its
 * own `out/` (or `-o/<folder name>`), one line per folder, exit code the worst of them,
 * `--json` an array of the per-folder results. One folder alone answers as before.
 */
export async function buildFoldersCommand(patterns: readonly string[], options: BuildOptions): Promise<number> {
  const folders = expandFolders(patterns.length ? patterns : ['.']);
  const out = new Output(options);
  if (folders.length === 0) return out.usage(`report build: không có thư mục báo cáo nào khớp ${patterns.join(' ')}.`, `report build: no report folder matches ${patterns.join(' ')}.`);
  if (folders.length === 1 && patterns.length <= 1) return buildCommand(folders[0], options, out);
  const results: Record<string, unknown>[] = [];
  let worst: number = EXIT.ok;
  for (const dir of folders) {
    const captured = new CapturedOutput({ ...options, json: true });
    const output = options.output ? join(options.output, basename(resolve(dir))) : undefined;
    const code = await buildCommand(dir, { ...options, output }, captured);
    worst = Math.max(worst, code);
    const result = JSON.parse(captured.out || '{}') as { ok?: boolean; errors?: number; warnings?: number; outputs?: string[] };
    results.push({ dir, exit: code, ...result });
    if (!out.json) {
      const line =
        code === EXIT.ok
          ? out.lang === 'en' ? `✔ ${dir}: ${result.outputs?.length ?? 0} file(s) written${result.warnings ? `, ${result.warnings} warning(s)` : ''}` : `✔ ${dir}: đã ghi ${result.outputs?.length ?? 0} tệp${result.warnings ? `, ${result.warnings} cảnh báo` : ''}`
          : out.lang === 'en' ? `✖ ${dir}: exit ${code}, ${result.errors ?? 0} error(s) (report build ${dir} for the details)` : `✖ ${dir}: mã thoát ${code}, ${result.errors ?? 0} lỗi (chạy report build ${dir} để xem chi tiết)`;
      process.stderr.write(line + '\n');
    }
  }
  if (out.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return worst;
}
