import { Packer, type Document } from 'docx';
import { deterministicZip, zipParts } from '../deterministic-zip.js';

type PartCompiler = { compile(document: Document): Map<string, string | Uint8Array> };

/**
 * A document's bytes, deterministic. The parts come from docx's own compiler (what
 * `Packer.toBuffer` zips) and are zipped with node's native deflate; should a docx
 * release stop exposing the compiler, its own zip is re-packed instead.
 */
export async function packDocx(document: Document, date: Date): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (typeof compiler?.compile === 'function') return zipParts(compiler.compile(document), date);
  return deterministicZip(await Packer.toBuffer(document), date);
}
