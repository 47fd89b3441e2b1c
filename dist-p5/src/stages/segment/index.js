import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { sentencesOf } from './sentences.js';
import { fixTokens } from './tokens.js';
// One wink-nlp instance per mode, made on first use: a pipeline with the parse stage needs only the untagged one.
const instances = {};
function nlpFor(tags) {
    if (tags) {
        instances.tagged ??= winkNLP(model, ['sbd', 'pos']);
        return instances.tagged;
    }
    instances.plain ??= winkNLP(model, ['sbd']);
    return instances.plain;
}
/** The segment stage, with wink-nlp's POS tags and lemmas (`tags`) or without them. */
function segmentStage(tags) {
    const stage = {
        name: 'segment',
        needs: [],
        makes: ['sentences', 'tokens'],
        async init() {
            nlpFor(tags);
        },
        run(doc) {
            const { tokens, starts } = winkTokens(doc.text, tags);
            const fixed = fixTokens(doc.text, tokens);
            doc.sentences.push(...sentencesOf(doc.text, fixed, starts));
            doc.tokens.push(...fixed);
        },
        // The parse stage rewrites every token's pos and lemma: right before it, wink-nlp's tags are wasted work.
        within: (names) => (names[names.indexOf('segment') + 1] === 'parse' ? untagged : tagged),
    };
    return stage;
}
/**
 * Sentences, tokens, UPOS and lemmas from wink-nlp, with offsets found in the original text; tokens are
 * repaired to UD conventions and datelines split off as sentences of their own. In a pipeline where the
 * parse stage comes next, the same sentences and tokens without wink-nlp's tags (pos X, lemma the form).
 */
export const segment = segmentStage(true);
const tagged = segment;
const untagged = segmentStage(false);
/** wink-nlp's tokens placed in the text, and the offsets where its sentences begin. */
function winkTokens(text, tags) {
    const nlp = nlpFor(tags);
    const its = nlp.its;
    const wdoc = nlp.readDoc(text);
    const values = wdoc.tokens().out(its.value);
    // Whitespace tokens are dropped. Without the POS pass their type says so: over 521 k tokens of GUM,
    // CoNLL-2003 and WikiGold, wink's pos is SPACE exactly where its type is tabCRLF.
    const pos = wdoc.tokens().out(tags ? its.pos : its.type);
    const space = tags ? 'SPACE' : 'tabCRLF';
    // biome-ignore lint/suspicious/noExplicitAny: wink's typings reject its.lemma in out()
    const lemmas = tags ? wdoc.tokens().out(its.lemma) : values;
    const tokenIndex = new Int32Array(values.length).fill(-1);
    const tokens = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
        if (!values[i])
            continue; // wink emits empty tokens inside "..": they have no text
        const found = text.indexOf(values[i], at);
        if (found < 0)
            continue;
        at = found + values[i].length;
        if (pos[i] === space)
            continue;
        tokenIndex[i] = tokens.length;
        tokens.push({ start: found, end: at, pos: tags ? pos[i] : 'X', lemma: lemmas[i] });
    }
    const starts = new Set();
    wdoc.sentences().each((s) => {
        const [first, last] = s.out(its.span);
        for (let a = first; a <= last; a++) {
            if (tokenIndex[a] >= 0) {
                starts.add(tokens[tokenIndex[a]].start);
                return;
            }
        }
    });
    return { tokens, starts };
}
