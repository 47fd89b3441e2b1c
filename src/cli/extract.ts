import { runBatchWith } from '../scale/batch.js';
import { quoteConvention } from '../stages/quotes/index.js';
import { list, parseFlags } from './args.js';
import { positiveInt } from './batch.js';

/**
 * `dateline extract [PATH…|-] [--published DATE] [--only stages] [--workers N] [--timeout MS]
 * [--quote-convention attribution|speaker]`: one Doc JSON per line, in input order, no store.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    published: { type: 'string' },
    only: { type: 'string' },
    'max-bytes': { type: 'string' },
    'allow-non-english': { type: 'boolean' },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    'quote-convention': { type: 'string' },
  });
  const convention = quoteConvention(values['quote-convention']);
  if (convention) process.env.DATELINE_QUOTES_CONVENTION = convention; // the quotes stage reads it as pipelines start
  const inputs = positionals.length ? positionals : ['-'];
  const counts = await runBatchWith(
    inputs,
    {
      only: list(values.only),
      workers: positiveInt(values.workers, 'workers'),
      timeoutMs: positiveInt(values.timeout, 'timeout'),
    },
    {
      published: values.published,
      maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
      allowNonEnglish: values['allow-non-english'],
    },
    {
      onJson: (json) => {
        process.stdout.write(`${json}\n`);
      },
    },
  );
  return counts.failed ? 1 : 0;
}
