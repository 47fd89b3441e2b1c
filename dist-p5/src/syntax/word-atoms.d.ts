/** Hashed per-word atoms that tagger and parser features are built from. */
export interface WordAtoms {
    /** normalised forms (`normalizeWord`): the tagger's lexicon keys */
    norm: string[];
    /** lower-cased form */
    lower: Int32Array;
    /** form as written */
    form: Int32Array;
    suffix1: Int32Array;
    suffix2: Int32Array;
    suffix3: Int32Array;
    suffix4: Int32Array;
    prefix1: Int32Array;
    prefix2: Int32Array;
    prefix3: Int32Array;
    shape: Int32Array;
}
/** Words that begin or end past the sentence edges. */
export declare const BEFORE = 388817;
export declare const AFTER = 388818;
/** Digits fold to 0 so numbers share statistics ("1,250" ≈ "3,700"). */
export declare function normalizeWord(w: string): string;
/** Curly quotes read as the straight ones the treebanks mostly use ("Russia’s" ≈ "Russia's"). */
export declare function foldQuotes(w: string): string;
/** Word shape: character classes with runs collapsed ("Ki-Moon" → "Xx-Xx", "2020" → "d"). */
export declare function wordShape(w: string): string;
/** Computes the atoms for one sentence. */
export declare function wordAtoms(forms: readonly string[]): WordAtoms;
