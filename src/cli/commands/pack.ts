import { join, relative } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { planPack } from '../../plan/plan-pack.js';
import { writeAllAtomically } from '../../write/atomic-write.js';
import { EXIT } from '../exit-codes.js';
import { outputOverInput, refuseOutputOverInput, userTemplateDir } from '../guard-outputs.js';
import { Output, type CommonOptions } from '../output.js';
import { validateForOutput } from '../validated.js';
import { writeFailure } from '../write-failure.js';

export interface PackOptions extends CommonOptions {
  output?: string;
}

/**
 * `report pack [dir]`: the award pack of a report folder (tờ trình, quyết định and their
 * lists, certificates, ceremony script, money table) into out/pack/, all or nothing.
 */
export async function packCommand(dir: string, options: PackOptions): Promise<number> {
  const out = new Output(options);
  if (options.output === '') return out.usage('report pack: -o cần một thư mục.', 'report pack: -o needs a folder.', { outputs: [] });
  const validated = await validateForOutput(dir, out);
  if ('exit' in validated) return validated.exit;
  const { data, validation, fail } = validated;
  const outDir = options.output ?? join(data.dir, 'out', 'pack');
  const plan = await planPack(data, outDir);
  const diagnostics = [...validation.diagnostics, ...plan.diagnostics];
  if (hasErrors(diagnostics)) return fail(EXIT.dataErrors, diagnostics);
  const clash = outputOverInput(plan.outputs.map((o) => o.path), validation.inputs, userTemplateDir(data));
  if (clash) return refuseOutputOverInput(out, 'report pack', clash);
  try {
    await writeAllAtomically(plan.outputs.map((o) => ({ path: o.path, bytes: o.bytes })));
  } catch (error) {
    return fail(EXIT.io, [...diagnostics, writeFailure((error as NodeJS.ErrnoException).path ?? outDir, error)]);
  }
  const written = plan.outputs.map((o) => relative(process.cwd(), o.path) || o.path);
  out.diagnostics(diagnostics, validation.sources);
  for (const path of written) out.say(`Đã ghi ${path}`, `Wrote ${path}`);
  out.jsonResult(true, diagnostics, { outputs: written });
  return EXIT.ok;
}
