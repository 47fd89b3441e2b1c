/**
 * Lemmas from a lexicon learned from treebank words, then suffix rules learned the same way. A rule's
 * output must be a lemma the treebanks have when one of the rules gives such a lemma, so "blasted" is
 * "blast", not the "blaste" that "wasted" → "waste" teaches.
 */
export declare class Lemmatizer {
    /** `lower\txpos` → lemma */
    readonly lexicon: Map<string, string>;
    /** `xpos\tsuffix` → rule `cut\tadd` (strip `cut` chars, append `add`) */
    readonly rules: Map<string, string>;
    /** Every lemma in the lexicon, lower-cased. */
    private readonly lemmas;
    /** `lower\ttag family` (VB, JJ, NN, RB…) → lemma, for a form seen only under a sibling tag (VBN for VBD). */
    private readonly byFamily;
    constructor(
    /** `lower\txpos` → lemma */
    lexicon: Map<string, string>, 
    /** `xpos\tsuffix` → rule `cut\tadd` (strip `cut` chars, append `add`) */
    rules: Map<string, string>);
    /** Learns lexicon and rules from (form, xpos, lemma) triples. */
    static learn(words: Iterable<{
        form: string;
        xpos: string;
        upos: string;
        lemma: string;
    }>): Lemmatizer;
    /** The lemma of a word given its tags. */
    lemma(form: string, xpos: string, upos: string): string;
    private endsInLemma;
}
