/** Re-tags, re-lemmatises and re-parses sentences, keeping their words, comments and other columns. */
export function annotateConllu(model, sentences) {
    return sentences.map((s) => {
        const a = model.analyze(s.words.map((w) => w.form));
        return {
            comments: s.comments,
            extra: s.extra,
            words: s.words.map((w, i) => ({
                ...w,
                upos: a.upos[i],
                xpos: a.xpos[i],
                lemma: a.lemma[i],
                head: a.head[i],
                deprel: a.deprel[i],
            })),
        };
    });
}
