import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';
import type { Tagger } from '../tagger.js';
import type { NeuralParse, NeuralParser } from './neural-parser.js';

/** Where a trained neural parser is kept (only committed if it wins on EWT dev: docs/parser.md). */
export const NEURAL_MODEL = join(PACKAGE_ROOT, 'models', 'parser-nn.bin.gz');

/** Tags a sentence with our tagger, then parses it with the neural parser. */
export function tagAndParse(
  tagger: Tagger,
  parser: NeuralParser,
  forms: readonly string[],
): NeuralParse & { xpos: string[]; upos: string[] } {
  const t = tagger.tag(forms);
  const xpos = Array.from(t.xpos, (x) => tagger.xposTags[x]);
  const upos = Array.from(t.upos, (u) => tagger.uposTags[u]);
  return { ...parser.parse(forms, xpos, upos), xpos, upos };
}
