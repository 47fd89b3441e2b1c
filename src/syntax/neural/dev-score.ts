import { type ConlluSentence, universalRel } from '../conllu.js';
import type { NeuralParser } from './neural-parser.js';

/** Tags of each sentence as the parser sees them at run time (from our tagger). */
export interface PredictedTags {
  xpos: string[][];
  upos: string[][];
}

/** UAS / LAS (percent, punctuation counted, universal relations) of the neural parser on gold tokens. */
export function scoreNeuralParser(
  parser: NeuralParser,
  gold: readonly ConlluSentence[],
  tags: PredictedTags,
): { words: number; uas: number; las: number; cpuMs: number } {
  let n = 0;
  let uas = 0;
  let las = 0;
  parser.net.precompute(4000);
  const cpu = process.cpuUsage();
  const parses = gold.map((s, i) =>
    parser.parse(
      s.words.map((w) => w.form),
      tags.xpos[i],
      tags.upos[i],
    ),
  );
  const used = process.cpuUsage(cpu);
  gold.forEach((s, i) => {
    const p = parses[i];
    s.words.forEach((w, k) => {
      n++;
      if (p.heads[k] !== w.head) return;
      uas++;
      if (universalRel(parser.labelNames[p.labels[k]] ?? 'dep') === universalRel(w.deprel)) las++;
    });
  });
  const pct = (x: number) => (n ? Math.round((10000 * x) / n) / 100 : 0);
  return { words: n, uas: pct(uas), las: pct(las), cpuMs: (used.user + used.system) / 1000 };
}
