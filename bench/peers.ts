import * as chrono from 'chrono-node';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { BenchText } from './corpus.js';

export interface Peer {
  does: string;
  /** Filled in by the parent from the pipeline's token count per pass (the same unit as ours). */
  tokensPerSec: number;
  wordsPerSec: number;
  /** Words per CPU second of the process (every thread), the load-robust counterpart of wordsPerSec. */
  wordsPerCpuSec: number;
}

/**
 * Times the JS peers on the texts: `warmup` untimed passes, then `rounds` timed ones, as the pipeline is timed;
 * words/s use the texts' word count, so the units match (tokens/s is left for the caller, which knows the
 * pipeline's token count).
 */
export async function timePeers(
  texts: BenchText[],
  rounds: number,
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
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) fn();
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    peers[name] = {
      does,
      tokensPerSec: 0,
      wordsPerSec: Math.round((words * rounds) / secs),
      wordsPerCpuSec: Math.round((words * rounds * 1e6) / (cpu.user + cpu.system)),
    };
  }
  return peers;
}
