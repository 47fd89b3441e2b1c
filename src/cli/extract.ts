import { createPipeline } from '../extract.js';
import { list, parseFlags } from './args.js';
import { runBatch } from './batch.js';

/** `dateline extract [PATH…|-] [--published DATE] [--only stages]`: one Doc JSON per line, no store. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    published: { type: 'string' },
    only: { type: 'string' },
    'max-bytes': { type: 'string' },
    'allow-non-english': { type: 'boolean' },
  });
  const pipe = await createPipeline({ only: list(values.only) });
  const inputs = positionals.length ? positionals : ['-'];
  const counts = await runBatch(
    inputs,
    pipe,
    {
      published: values.published,
      maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
      allowNonEnglish: values['allow-non-english'],
    },
    {
      onDoc: (doc) => {
        process.stdout.write(JSON.stringify(doc) + '\n');
      },
    },
  );
  return counts.failed ? 1 : 0;
}
