import { BUILT_IN_TEMPLATES } from '../render/template-files.js';
import type { ReportData } from '../schema/report-data.js';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Output } from './output.js';

/** The report's own template folder, when it names one (not a built-in template). */
export function userTemplateDir(data: ReportData): string | undefined {
  const template = data.report.template;
  return template && !(BUILT_IN_TEMPLATES as readonly string[]).includes(template) ? resolve(data.dir, template) : undefined;
}

/** Where a path ends up once links are followed (for a file not there yet: its folder's real path). */
function realTarget(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  let folder = dirname(absolute);
  const rest = [basename(absolute)];
  while (!existsSync(folder) && dirname(folder) !== folder) {
    rest.unshift(basename(folder));
    folder = dirname(folder);
  }
  return join(existsSync(folder) ? realpathSync(folder) : folder, ...rest);
}

/**
 * The first output that would land on a file the report reads, or inside its template
 * folder, through links too: such a run is refused before anything is written.
 */
export function outputOverInput(outputs: readonly string[], inputs: readonly string[], templateDir?: string): string | undefined {
  const read = new Set(inputs.filter((p) => existsSync(p)).map((p) => realpathSync(p)));
  const template = templateDir && existsSync(templateDir) ? realpathSync(templateDir) : undefined;
  return outputs.find((output) => {
    const real = realTarget(output);
    if (read.has(real)) return true;
    if (!template) return false;
    const inside = relative(template, real);
    return inside === '' || (!inside.startsWith('..') && !inside.startsWith('/'));
  });
}

/** The refusal of a `report build` / `report pack` whose output folder would overwrite an input: usage, exit 2. */
export function refuseOutputOverInput(out: Output, command: string, clash: string): number {
  const shown = relative(process.cwd(), clash) || clash;
  return out.usage(
    `${command}: ${shown} là tệp dữ liệu hoặc nằm trong thư mục mẫu của báo cáo; không ghi đè. Chọn thư mục khác bằng -o.`,
    `${command}: ${shown} is a file the report reads, or inside its template folder; nothing overwritten. Choose another folder with -o.`,
    { outputs: [] },
  );
}
