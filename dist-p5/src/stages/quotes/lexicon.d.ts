/** The cue lexicon (speech-verbs.json beside this file), as sets of lemmas. */
export interface CueLexicon {
    clause: Set<string>;
    objectFirst: Set<string>;
    object: Set<string>;
    quoteOnly: Set<string>;
    particle: Map<string, string>;
    nounThat: Set<string>;
}
/** Cue lemmas by the frame they take: a clause, an object, or only a direct quote. */
export declare const CUES: CueLexicon;
/**
 * The cue lemma of a verb form, or null: the tagger's lemma when the lexicon knows it, else one from the
 * word's ending (the lemmatizer slips on some forms: "blasted" → "blaste").
 */
export declare function cueLemma(lemma: string, form: string): string | null;
