import * as chrono from 'chrono-node';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { BenchText } from './corpus.js';

export interface Peer {
  does: string;
  tokensPerSec: number;
  wordsPerSec: number;
}

/**
 * Times the JS peers on the texts: `warmup` untimed passes, then `rounds` timed ones, as the pipeline is timed;
 * tokens/s and words/s use the pipeline's token count and the texts' word count, so the units match.
 */
export async function timePeers(
  texts: BenchText[],
  rounds: number,
  tokens: number,
  words: number,
  warmup: number,
): Promise<Record<string, Peer>> {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const runs: [string, string, () => void][] = [
    [
      'wink-nlp',
      'sentences, tokens and POS tags',
      () => {
        for (const t of texts) nlp.readDoc(t.text).tokens().out(nlp.its.pos);
      },
    ],
    [
      'chrono-node',
      'date expressions',
      () => {
        for (const t of texts) chrono.parse(t.text, t.published ? new Date(t.published) : new Date());
      },
    ],
  ];
  // compromise is a devDependency: an installed package without it still benches the others.
  const compromise = await import('compromise').then((m) => m.default).catch(() => null);
  if (compromise) {
    runs.push([
      'compromise',
      'people, places, organisations and quotations',
      () => {
        for (const t of texts) {
          const d = compromise(t.text);
          d.people().out('array');
          d.places().out('array');
          d.organizations().out('array');
          d.quotations().out('array');
        }
      },
    ]);
  }
  const peers: Record<string, Peer> = {};
  for (const [name, does, fn] of runs) {
    for (let w = 0; w < Math.max(1, warmup); w++) fn();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) fn();
    const secs = (performance.now() - t0) / 1000;
    peers[name] = {
      does,
      tokensPerSec: Math.round((tokens * rounds) / secs),
      wordsPerSec: Math.round((words * rounds) / secs),
    };
  }
  return peers;
}
