import { universalRel } from './conllu.js';
/** Scores as conll18_ud_eval does with gold tokens: punctuation counts, LAS compares universal relations. */
export function scoreSentences(gold, pred) {
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
            if (gw.upos === pw.upos)
                upos++;
            if (gw.xpos === pw.xpos)
                xpos++;
            if (gw.lemma === pw.lemma)
                lemma++;
            if (gw.head === pw.head) {
                uas++;
                if (universalRel(gw.deprel) === universalRel(pw.deprel))
                    las++;
            }
        });
    });
    const pct = (x) => (n ? Math.round((10000 * x) / n) / 100 : 0);
    return { words: n, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma), uas: pct(uas), las: pct(las) };
}
