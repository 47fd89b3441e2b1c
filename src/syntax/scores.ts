import { type ConlluSentence, universalRel } from './conllu.js';

/** Per-word accuracies (percent) of predicted against gold sentences with the same words. */
export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

/** Scores as conll18_ud_eval does with gold tokens: punctuation counts, LAS compares universal relations. */
export function scoreSentences(
  gold: readonly ConlluSentence[],
  pred: readonly ConlluSentence[],
): SyntaxScores {
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  gold.forEach((g, si) => {
    const p = pred[si];
    g.words.forEach((gw, i) => {
      const pw = p.words[i];
      n++;
      if (gw.upos === pw.upos) upos++;
      if (gw.xpos === pw.xpos) xpos++;
      if (gw.lemma === pw.lemma) lemma++;
      if (gw.head === pw.head) {
        uas++;
        if (universalRel(gw.deprel) === universalRel(pw.deprel)) las++;
      }
    });
  });
  const pct = (x: number) => (n ? Math.round((10000 * x) / n) / 100 : 0);
  return { words: n, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma), uas: pct(uas), las: pct(las) };
}
