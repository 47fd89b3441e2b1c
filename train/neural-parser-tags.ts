/**
 * Jackknifed tags for training the neural parser: each fold is tagged by a tagger trained (as
 * `trainSyntaxModel` trains it) on the other folds, so training tags are as noisy as at run time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ConlluSentence } from '../src/syntax/conllu.js';
import { jackknife, trainTagger } from '../src/syntax/train.js';

/** Predicted tags of every sentence, as tag strings. */
export interface SentenceTags {
  xpos: string[][];
  upos: string[][];
}

/** Tags `train` by k-fold jackknifing; reads/writes `cache` (a JSON file) when given. */
export function jackknifeTags(
  train: readonly ConlluSentence[],
  opts: { folds: number; seed: number; tagEpochs: number; cache?: string; log?: (line: string) => void },
): SentenceTags {
  if (opts.cache && existsSync(opts.cache)) {
    const cached = JSON.parse(readFileSync(opts.cache, 'utf8')) as SentenceTags & { n: number };
    if (cached.n === train.length) return cached;
  }
  const tagged = jackknife(
    train,
    opts.folds,
    (others, f) => {
      const tagger = trainTagger(others, { seed: opts.seed + 100 + f, tagEpochs: opts.tagEpochs });
      return (s) => {
        const t = tagger.tag(s.words.map((w) => w.form));
        return {
          xpos: Array.from(t.xpos, (x) => tagger.xposTags[x]),
          upos: Array.from(t.upos, (u) => tagger.uposTags[u]),
        };
      };
    },
    opts.log,
  );
  const out: SentenceTags = { xpos: tagged.map((t) => t.xpos), upos: tagged.map((t) => t.upos) };
  if (opts.cache) writeFileSync(opts.cache, JSON.stringify({ n: train.length, ...out }));
  return out;
}
