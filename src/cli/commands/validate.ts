import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { validateFolder } from '../../validate/validate-folder.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

/** Checks the data and, when the data is sound, the template over it: what `build` would refuse, `validate` says first. */
export async function validateCommand(dir: string, options: CommonOptions): Promise<number> {
  const out = new Output(options);
  const result = validateFolder(dir);
  let diagnostics = result.diagnostics;
  if (result.data && !hasErrors(diagnostics)) {
    const { checkTemplate } = await import('../../plan/check-template.js');
    diagnostics = sortDiagnostics([...diagnostics, ...checkTemplate(result.data)]);
  }
  const ok = !hasErrors(diagnostics);
  out.diagnostics(diagnostics, result.sources);
  out.jsonResult(ok, diagnostics);
  if (result.ioFailure) return EXIT.io;
  return ok ? EXIT.ok : EXIT.dataErrors;
}
