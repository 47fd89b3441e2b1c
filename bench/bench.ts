import { loadavg } from 'node:os';
import { createPipeline } from '../src/extract.js';
import { createDoc } from '../src/model/doc.js';
import { askChild, childScript } from './child.js';
import { type BenchText, gumNews } from './corpus.js';
import type { Peer } from './peers.js';

export type { Peer } from './peers.js';

const PEERS_CHILD = childScript('peers-child');

export interface BenchResult {
  corpus: { name: string; docs: number; tokens: number; words: number };
  stages: Record<string, { ms: number; tokensPerSec: number; wordsPerSec: number; share: number }>;
  total: { docsPerSec: number; tokensPerSec: number; wordsPerSec: number; peakRssMB: number };
  /** Peers on the same texts, in a child process of their own; a peer that is not installed is left out. */
  peers: Record<string, Peer>;
  rounds: number;
  /** Untimed passes over the texts before the timed rounds (JIT tiering settles only after several). */
  warmup: number;
  /** The 1-minute load average before and after: the machine may be shared. */
  load: [number, number];
}

/** Whitespace-separated words, the unit of the words/s goals. */
export const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * Runs the whole pipeline over the texts `rounds` times after `warmup` untimed passes in this thread and times
 * each stage; peak RSS is read before the peers run. Then times the peers on the same texts (same warm-up,
 * same rounds) in a fresh child process, so neither side runs beside the other's libraries and heap.
 */
export async function bench(texts: BenchText[] = gumNews(), rounds = 3, warmup = 5): Promise<BenchResult> {
  const load0 = loadavg()[0];
  const stageMs = new Map<string, number>();
  let counting = false;
  const pipe = await createPipeline({
    onStage: (name, ms) => {
      if (counting) stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
    },
  });
  const runAll = () => {
    let tokens = 0;
    for (const t of texts) {
      const doc = createDoc(t.text, {
        published: { value: t.published, from: t.published ? 'given' : 'none' },
      });
      tokens += pipe.run(doc).tokens.length;
    }
    return tokens;
  };
  // Warm-up: lazy lexicons, and the JIT. After one pass over the 24 GUM articles V8 is still optimising
  // (about a third of the CPU then goes to its compiler threads); after five it has mostly settled.
  for (let w = 0; w < Math.max(1, warmup); w++) runAll();
  counting = true;
  const t0 = performance.now();
  let tokens = 0;
  for (let r = 0; r < rounds; r++) tokens = runAll();
  const secs = (performance.now() - t0) / 1000;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const words = texts.reduce((n, t) => n + countWords(t.text), 0);
  const allMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
  const stages = Object.fromEntries(
    [...stageMs].map(([name, ms]) => [
      name,
      {
        ms: Math.round(ms / rounds),
        tokensPerSec: Math.round((tokens * rounds) / (ms / 1000)),
        wordsPerSec: Math.round((words * rounds) / (ms / 1000)),
        share: round(ms / allMs),
      },
    ]),
  );
  const peers = await peersApart(texts, rounds, tokens, words, warmup);
  return {
    corpus: { name: 'GUM news (../shared/data/gum)', docs: texts.length, tokens, words },
    stages,
    total: {
      docsPerSec: round((texts.length * rounds) / secs),
      tokensPerSec: Math.round((tokens * rounds) / secs),
      wordsPerSec: Math.round((words * rounds) / secs),
      peakRssMB,
    },
    peers,
    rounds,
    warmup,
    load: [load0, loadavg()[0]],
  };
}

/** The peers timed in a fresh child process, as the pools are: none of our models or heap is resident there. */
function peersApart(texts: BenchText[], rounds: number, tokens: number, words: number, warmup: number) {
  return askChild<Record<string, Peer>>(PEERS_CHILD, { texts, rounds, tokens, words, warmup }, 'bench peers');
}

export const round = (x: number) => Math.round(x * 100) / 100;
