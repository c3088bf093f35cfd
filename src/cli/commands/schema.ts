import { writeAtomically } from '../../write/atomic-write.js';
import { jsonSchema } from '../../schema/json-schema.js';
import { EXIT } from '../exit-codes.js';
import { Output, type CommonOptions } from '../output.js';

export async function schemaCommand(options: CommonOptions & { output?: string }): Promise<number> {
  const out = new Output(options);
  const text = JSON.stringify(jsonSchema(), null, 2) + '\n';
  if (!options.output) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  await writeAtomically(options.output, Buffer.from(text));
  out.say(`Đã ghi ${options.output}`, `Wrote ${options.output}`);
  return EXIT.ok;
}
