/** Child process of `bench`: the one-thread pipeline measure, with its own heap and peak RSS. */
import { oneThread } from './bench.js';
import type { BenchText } from './corpus.js';

process.once('message', async (m: { texts: BenchText[]; rounds: number; warmup: number }) => {
  const r = await oneThread(m.texts, m.rounds, m.warmup);
  process.send?.(r, () => process.exit(0));
});
