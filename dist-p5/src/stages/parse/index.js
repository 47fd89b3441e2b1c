import { loadSyntaxModel } from '../../syntax/syntax-model.js';
let model;
/** Tags, lemmatises and parses each sentence with our trained model: fills pos, xpos, lemma, head, deprel. */
export const parse = {
    name: 'parse',
    needs: ['sentences', 'tokens'],
    makes: ['parse'],
    async init() {
        model ??= loadSyntaxModel();
    },
    run(doc) {
        model ??= loadSyntaxModel();
        const tokens = doc.tokens;
        let t = 0;
        for (const s of doc.sentences) {
            while (t < tokens.length && tokens[t].start < s.start)
                t++;
            const first = t;
            while (t < tokens.length && tokens[t].end <= s.end)
                t++;
            if (t === first)
                continue;
            const forms = [];
            for (let i = first; i < t; i++)
                forms.push(doc.text.slice(tokens[i].start, tokens[i].end));
            const a = model.analyze(forms);
            for (let i = 0; i < forms.length; i++) {
                const tok = tokens[first + i];
                tok.pos = a.upos[i];
                tok.xpos = a.xpos[i];
                tok.lemma = a.lemma[i];
                tok.head = a.head[i] === 0 ? -1 : first + a.head[i] - 1;
                tok.deprel = a.deprel[i];
            }
        }
    },
};
