import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { validateReportFolder } from '../../validate/validate-folder.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

/** Checks the data and, when the data is sound, the template over it (and the pack's, when `pack:` is set): what `build` and `pack` would refuse, `validate` says first. */
export async function validateCommand(dir: string, options: CommonOptions): Promise<number> {
  const out = new Output(options);
  const result = await validateReportFolder(dir);
  let diagnostics = result.diagnostics;
  if (result.data && !hasErrors(diagnostics)) {
    const { checkTemplate } = await import('../../plan/check-template.js');
    const checked = [...diagnostics, ...checkTemplate(result.data)];
    // A folder that sets up its award pack has the pack's templates run dry too: what `report pack` would refuse.
    if (result.data.report.pack && !hasErrors(checked)) {
      const { planPack } = await import('../../plan/plan-pack.js');
      checked.push(...(await planPack(result.data, '')).diagnostics);
    }
    diagnostics = sortDiagnostics(checked);
  }
  const ok = !hasErrors(diagnostics);
  out.diagnostics(diagnostics, result.sources);
  out.jsonResult(ok, diagnostics);
  if (result.ioFailure) return EXIT.io;
  return ok ? EXIT.ok : EXIT.dataErrors;
}
