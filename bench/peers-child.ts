/** Child process of `bench`: times the peers away from the pipeline's models and heap, and reports them. */
import type { BenchText } from './corpus.js';
import { timePeers } from './peers.js';

process.once('message', async (m: { texts: BenchText[]; rounds: number; words: number; warmup: number }) => {
  const peers = await timePeers(m.texts, m.rounds, m.words, m.warmup);
  process.send?.(peers, () => process.exit(0));
});
