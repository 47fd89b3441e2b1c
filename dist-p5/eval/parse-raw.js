import { createDoc } from '../src/model/doc.js';
import { universalRel } from '../src/syntax/conllu.js';
import { prf } from './suite.js';
/**
 * Raw-text mode, as CoNLL 2018 scores it: rebuild the text from `# text`, run our segment + parse stages,
 * align predicted words to gold words by identical character spans, and give F1 for tokens, sentences,
 * UPOS, UAS and LAS (a word counts for UAS when its head aligns to the gold head).
 */
export function rawTextScores(gold, stages) {
    let text = '';
    const goldWords = [];
    const goldSents = [];
    for (const s of gold) {
        const sentText = s.comments.find((c) => c.startsWith('# text = '))?.slice(9) ?? '';
        const breakBefore = s.comments.some((c) => c.startsWith('# newdoc') || c.startsWith('# newpar'));
        if (text)
            text += breakBefore ? '\n\n' : ' ';
        const base = text.length;
        text += sentText;
        goldSents.push({ start: base, end: text.length });
        const first = goldWords.length;
        let at = 0;
        for (const [i, w] of s.words.entries()) {
            // skip spaces, then find the form; words of a multi-word token whose forms do not spell it get no span
            while (at < sentText.length && /\s/.test(sentText[at]))
                at++;
            const ok = sentText.startsWith(w.form, at);
            goldWords.push({
                start: ok ? base + at : -1,
                end: ok ? base + at + w.form.length : -1,
                upos: w.upos,
                head: w.head > 0 ? first + w.head - 1 : -1,
                rel: universalRel(w.deprel),
            });
            if (ok)
                at += w.form.length;
            else if (i === 0)
                at = 0;
        }
    }
    const doc = createDoc(text);
    for (const st of stages)
        st.run(doc);
    const pred = doc.tokens.map((t) => ({
        start: t.start,
        end: t.end,
        upos: t.pos,
        head: t.head ?? -1,
        rel: universalRel(t.deprel ?? ''),
    }));
    const key = (s) => `${s.start}:${s.end}`;
    const goldAt = new Map(goldWords.map((w, i) => [key(w), i]));
    const align = pred.map((w) => goldAt.get(key(w)) ?? -1);
    let tokens = 0;
    let upos = 0;
    let uas = 0;
    let las = 0;
    pred.forEach((w, i) => {
        const g = align[i];
        if (g < 0)
            return;
        tokens++;
        const gw = goldWords[g];
        if (gw.upos === w.upos)
            upos++;
        const headAligned = w.head < 0 ? -1 : align[w.head];
        if ((w.head < 0 && gw.head < 0) || (w.head >= 0 && headAligned >= 0 && headAligned === gw.head)) {
            uas++;
            if (gw.rel === w.rel)
                las++;
        }
    });
    const goldSentKeys = new Set(goldSents.map(key));
    const sentHits = doc.sentences.filter((s) => goldSentKeys.has(key(s))).length;
    const f = (tp) => prf(tp, pred.length, goldWords.length).f1;
    return {
        raw_tokens_f1: f(tokens),
        raw_sentences_f1: prf(sentHits, doc.sentences.length, goldSents.length).f1,
        raw_upos_f1: f(upos),
        raw_uas_f1: f(uas),
        raw_las_f1: f(las),
    };
}
