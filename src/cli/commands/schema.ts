import { writeAtomically } from '../../write/atomic-write.js';
import { jsonSchema } from '../../schema/json-schema.js';
import { EXIT } from '../exit-codes.js';
import { isFileSystemError, writeFailure } from '../write-failure.js';
import { Output, type CommonOptions } from '../output.js';

export async function schemaCommand(options: CommonOptions & { output?: string }): Promise<number> {
  const out = new Output(options);
  if (options.output === '') return out.usage('report schema: -o cần một tên tệp, ví dụ -o report.schema.json.', 'report schema: -o needs a file name, e.g. -o report.schema.json.');
  const text = JSON.stringify(jsonSchema(), null, 2) + '\n';
  if (!options.output) {
    // The schema is the document on stdout; with --json it is the `schema` of a JSON result.
    if (out.json) process.stdout.write(JSON.stringify({ ok: true, errors: 0, warnings: 0, schema: JSON.parse(text), diagnostics: [] }, null, 2) + '\n');
    else process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeAtomically(options.output, Buffer.from(text));
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    return out.ioFailure(writeFailure(options.output, error), { outputs: [] });
  }
  out.say(`Đã ghi ${options.output}`, `Wrote ${options.output}`);
  out.jsonResult(true, [], { outputs: [options.output] });
  return EXIT.ok;
}
