import { Perceptron } from './perceptron.js';
import { type WordAtoms } from './word-atoms.js';
/** A tagged sentence: parallel arrays of tag ids. */
export interface TagIds {
    upos: Int32Array;
    xpos: Int32Array;
}
/** Training example for the tagger. */
export interface TaggedSentence {
    forms: string[];
    upos: string[];
    xpos: string[];
}
/** Averaged-perceptron POS tagger: XPOS first, then UPOS seeing the XPOS; greedy left to right. */
export declare class Tagger {
    readonly uposTags: string[];
    readonly xposTags: string[];
    readonly xposModel: Perceptron;
    readonly uposModel: Perceptron;
    /** Frequent unambiguous words (normalised form → [xpos id, upos id]): skip the classifier. */
    readonly lexicon: Map<string, [number, number]>;
    /** Ambiguity classes: normalised form → id of the set of XPOS tags it had in training. */
    readonly ambiguity: Map<string, number>;
    readonly uposIndex: Map<string, number>;
    readonly xposIndex: Map<string, number>;
    private readonly buf;
    private readonly scores;
    private memo;
    constructor(uposTags: string[], xposTags: string[], xposModel: Perceptron, uposModel: Perceptron, 
    /** Frequent unambiguous words (normalised form → [xpos id, upos id]): skip the classifier. */
    lexicon?: Map<string, [number, number]>, 
    /** Ambiguity classes: normalised form → id of the set of XPOS tags it had in training. */
    ambiguity?: Map<string, number>);
    /** A fresh, untrained tagger over these tag sets. */
    static create(uposTags: string[], xposTags: string[], bits?: number): Tagger;
    /** Tags a sentence of word forms. */
    tag(forms: readonly string[], atoms?: WordAtoms): TagIds;
    /** Tags a sentence, updating the weights where the prediction misses `gold`. */
    learn(forms: readonly string[], gold: TagIds): TagIds;
    /** Averages the weights: call once after the last epoch. */
    finish(): void;
    private run;
}
