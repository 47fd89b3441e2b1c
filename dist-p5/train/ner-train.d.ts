interface Sentence {
    tokens: string[];
    tags: string[];
}
/** GUM train-split documents as BIO sentences: proper-noun mentions only (NER's notion of a name). */
export declare function gumSentences(): Sentence[];
/** Training sentences from the allowed sources: wikigold (CC BY 4.0) and GUM's BY/BY-SA genres. */
export declare function loadTraining(): Sentence[];
export declare function train(data: Sentence[], epochs: number): Record<string, number[]>;
export {};
