import { foldQuotes } from './word-atoms.js';
/**
 * Lemmas from a lexicon learned from treebank words, then suffix rules learned the same way. A rule's
 * output must be a lemma the treebanks have when one of the rules gives such a lemma, so "blasted" is
 * "blast", not the "blaste" that "wasted" → "waste" teaches.
 */
export class Lemmatizer {
    lexicon;
    rules;
    /** Every lemma in the lexicon, lower-cased. */
    lemmas = new Set();
    /** `lower\ttag family` (VB, JJ, NN, RB…) → lemma, for a form seen only under a sibling tag (VBN for VBD). */
    byFamily = new Map();
    constructor(
    /** `lower\txpos` → lemma */
    lexicon, 
    /** `xpos\tsuffix` → rule `cut\tadd` (strip `cut` chars, append `add`) */
    rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        for (const [key, lemma] of lexicon) {
            this.lemmas.add(lemma.toLowerCase());
            const tab = key.indexOf('\t');
            const family = `${key.slice(0, tab)}\t${familyOf(key.slice(tab + 1))}`;
            if (!this.byFamily.has(family))
                this.byFamily.set(family, lemma);
        }
    }
    /** Learns lexicon and rules from (form, xpos, lemma) triples. */
    static learn(words) {
        const lex = new Map();
        const rules = new Map();
        const bump = (m, k, v) => {
            const inner = m.get(k) ?? new Map();
            m.set(k, inner);
            inner.set(v, (inner.get(v) ?? 0) + 1);
        };
        for (const w of words) {
            if (!w.lemma || w.lemma === '_')
                continue;
            const lower = w.form.toLowerCase();
            bump(lex, `${lower}\t${w.xpos}`, w.lemma);
            if (isProper(w.upos))
                continue;
            const rule = ruleFor(lower, w.lemma);
            if (!rule)
                continue;
            for (let k = 1; k <= Math.min(5, lower.length); k++)
                bump(rules, `${w.xpos}\t${lower.slice(-k)}`, rule);
        }
        const best = (m, min) => {
            const out = new Map();
            for (const [k, inner] of m) {
                let top = '';
                let count = 0;
                for (const [v, c] of inner) {
                    if (c > count) {
                        top = v;
                        count = c;
                    }
                }
                if (count >= min)
                    out.set(k, top);
            }
            return out;
        };
        return new Lemmatizer(best(lex, 1), best(rules, 2));
    }
    /** The lemma of a word given its tags. */
    lemma(form, xpos, upos) {
        if (upos === 'PUNCT')
            return form;
        const lower = foldQuotes(form.toLowerCase());
        const known = this.lexicon.get(`${lower}\t${xpos}`);
        if (known !== undefined)
            return isProper(upos) && known.toLowerCase() === lower ? form : known;
        if (isProper(upos))
            return form;
        // "dishonest" tagged JJS but seen as JJ: the sibling tag's lemma beats a guessed "dishone"
        const sibling = this.byFamily.get(`${lower}\t${familyOf(xpos)}`);
        if (sibling !== undefined)
            return sibling;
        const guesses = [];
        for (let k = Math.min(5, lower.length); k >= 1; k--) {
            const rule = this.rules.get(`${xpos}\t${lower.slice(-k)}`);
            if (rule === undefined)
                continue;
            const tab = rule.indexOf('\t');
            const cut = Number(rule.slice(0, tab));
            if (cut >= lower.length)
                continue;
            const guess = lower.slice(0, lower.length - cut) + rule.slice(tab + 1);
            if (this.lemmas.has(guess))
                return guess;
            guesses.push(guess);
        }
        // else a guess ending in a known lemma: "outlasted" → "outlast", "bravest" → "brave"
        return guesses.find((g) => this.endsInLemma(g)) ?? guesses[0] ?? lower;
    }
    endsInLemma(word) {
        for (let i = 1; word.length - i >= MIN_PART; i++)
            if (this.lemmas.has(word.slice(i)))
                return true;
        return false;
    }
}
const MIN_PART = 4;
const isProper = (upos) => upos === 'PROPN';
/** Penn tags that inflect one word class share a family: VBD ~ VBN, JJ ~ JJS, NN ~ NNS (not NNP). */
const familyOf = (xpos) => (/^(?:VB|JJ|RB)/.test(xpos) ? xpos.slice(0, 2) : xpos.replace(/S$/, ''));
/** The edit turning a lower-cased form into its lemma, or null when the lemma is not a suffix edit. */
function ruleFor(lower, lemma) {
    const l = lemma.toLowerCase();
    let p = 0;
    while (p < lower.length && p < l.length && lower[p] === l[p])
        p++;
    if (p === 0 && lower.length > 0)
        return null;
    return `${lower.length - p}\t${l.slice(p)}`;
}
