import { bench } from '../../bench/bench.js';
import { gumNews } from '../../bench/corpus.js';
import { parseFlags } from './args.js';

/** `dateline bench [--json] [--rounds N] [--docs N]`: throughput per stage and in total, beside peers. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    json: { type: 'boolean' },
    rounds: { type: 'string' },
    docs: { type: 'string' },
  });
  let texts = gumNews();
  if (!texts.length) {
    process.stderr.write('dateline bench: needs ../shared/data/gum (absent here); nothing measured\n');
    return 1;
  }
  if (values.docs) texts = texts.slice(0, Number(values.docs));
  const r = await bench(texts, values.rounds ? Number(values.rounds) : 3);
  if (values.json) {
    process.stdout.write(JSON.stringify(r) + '\n');
    return 0;
  }
  const out: string[] = [
    `corpus: ${r.corpus.name}: ${r.corpus.docs} docs, ${r.corpus.tokens} tokens, ${r.corpus.words} words; ${r.rounds} rounds after a warm-up`,
    '',
    'stage        ms/round   tokens/s    share',
    ...Object.entries(r.stages).map(
      ([k, v]) =>
        `${k.padEnd(12)} ${String(v.ms).padStart(8)} ${String(v.tokensPerSec).padStart(10)}  ${(v.share * 100).toFixed(1).padStart(6)}%`,
    ),
    '',
    `total: ${r.total.docsPerSec} docs/s, ${r.total.tokensPerSec} tokens/s, ${r.total.wordsPerSec} words/s, peak RSS ${r.total.peakRssMB} MB`,
    '',
    'peers on the same texts:',
    ...Object.entries(r.peers).map(
      ([k, v]) => `  ${k.padEnd(12)} (${v.does}) ${v.tokensPerSec} tokens/s — ${v.ratio}`,
    ),
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
