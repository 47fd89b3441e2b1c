/** One syntactic word of a CoNLL-U sentence (ID is its 1-based position in `words`). */
export interface Word {
    form: string;
    lemma: string;
    upos: string;
    xpos: string;
    feats: string;
    /** 0 = root, else 1-based index of the head word; -1 when unknown. */
    head: number;
    deprel: string;
    deps: string;
    misc: string;
}
/** A CoNLL-U sentence: comments, words, and the raw multi-word-token / empty-node lines kept for writing. */
export interface ConlluSentence {
    comments: string[];
    words: Word[];
    /** Lines that are not basic words (`1-2`, `8.1`), keyed by how many words precede them. */
    extra: {
        before: number;
        line: string;
    }[];
}
/** Reads CoNLL-U text into sentences; multi-word tokens and empty nodes are kept aside, not parsed. */
export declare function readConllu(text: string): ConlluSentence[];
/** Writes sentences back as CoNLL-U, in the same layout they were read. */
export declare function writeConllu(sentences: readonly ConlluSentence[]): string;
/** The universal part of a relation (`nmod:poss` → `nmod`), as CoNLL 2018 LAS compares. */
export declare const universalRel: (rel: string) => string;
