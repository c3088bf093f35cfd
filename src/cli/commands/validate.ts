import { hasErrors } from '../../diagnostics/diagnostic.js';
import { validateFolder } from '../../validate/validate-folder.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

export function validateCommand(dir: string, options: CommonOptions): number {
  const out = new Output(options);
  const result = validateFolder(dir);
  const ok = !hasErrors(result.diagnostics);
  out.diagnostics(result.diagnostics, result.sources);
  out.jsonResult(ok, result.diagnostics);
  if (result.ioFailure) return EXIT.io;
  return ok ? EXIT.ok : EXIT.dataErrors;
}
