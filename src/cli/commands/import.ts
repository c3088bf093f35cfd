import { existsSync } from 'node:fs';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { importTable } from '../../intake/import-table.js';
import { isDataKind } from '../../schema/kinds.js';
import { writeAtomically } from '../../write/atomic-write.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';
import { isFileSystemError, writeFailure } from '../write-failure.js';

/** `report import file.xlsx [-o file.yaml]`: what the tool reads from a unit's file, as YAML of the format. */
export async function importCommand(file: string, options: CommonOptions & { output?: string; kind?: string }): Promise<number> {
  const out = new Output(options);
  if (!existsSync(file)) {
    const missing = [diagnostic('error', 'FILE_UNREADABLE', { reason: 'ENOENT' }, { file, line: 1, column: 1 })];
    out.diagnostics(missing);
    out.jsonResult(false, missing, { outputs: [] });
    return EXIT.io;
  }
  const { yaml, diagnostics } = await importTable(file, options.kind && isDataKind(options.kind) ? options.kind : undefined);
  if (yaml === undefined) {
    out.diagnostics(diagnostics);
    out.jsonResult(false, diagnostics, { outputs: [] });
    return diagnostics.some((d) => d.code === 'WORKBOOK_UNREADABLE' && /^E[A-Z]+$/.test(String(d.args.reason))) ? EXIT.io : EXIT.dataErrors;
  }
  if (diagnostics.length) out.diagnostics(diagnostics);
  if (!options.output) {
    if (out.json) out.jsonResult(true, diagnostics, { yaml });
    else process.stdout.write(yaml);
    return EXIT.ok;
  }
  try {
    await writeAtomically(options.output, Buffer.from(yaml));
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    return out.ioFailure(writeFailure(options.output, error), { outputs: [] });
  }
  out.say(`Đã ghi ${options.output}`, `Wrote ${options.output}`);
  out.jsonResult(true, diagnostics, { outputs: [options.output] });
  return EXIT.ok;
}
