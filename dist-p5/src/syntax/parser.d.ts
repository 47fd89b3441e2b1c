import { Perceptron } from './perceptron.js';
/** What the parser reads for a sentence of n words (arrays of length n). */
export interface ParserInput {
    lower: Int32Array;
    suffix3: Int32Array;
    xpos: Int32Array;
    upos: Int32Array;
}
/** Gold tree for training: heads are 0 (root) or 1-based; labels are label ids. */
export interface GoldTree {
    heads: Int32Array;
    labels: Int32Array;
}
/** A parse: 1-based heads (0 = root) and label ids, arrays of length n. */
export interface ParseResult {
    heads: Int32Array;
    labels: Int32Array;
}
/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged-perceptron transition
 * model trained by the dynamic oracle of Goldberg & Nivre (2013), and a second perceptron that labels
 * each arc when it is made (the dependent's subtree is complete by then).
 */
export declare class Parser {
    readonly labelNames: string[];
    readonly transitions: Perceptron;
    readonly labeler: Perceptron;
    /** Label ids of case/mark: their words become features of the head. */
    readonly functionLabels: Set<number>;
    readonly rootLabel: number;
    private readonly buf;
    private readonly lbuf;
    private readonly scores;
    private readonly state;
    private W;
    private T;
    private U;
    private readonly lscores;
    /** Labels that may attach a word to another (all but root). */
    private readonly canLabel;
    constructor(labelNames: string[], transitions: Perceptron, labeler: Perceptron, 
    /** Label ids of case/mark: their words become features of the head. */
    functionLabels?: Set<number>);
    /** A fresh, untrained parser. */
    static create(labelNames: string[], bits?: number, labelBits?: number): Parser;
    /** Parses one sentence. */
    parse(input: ParserInput): ParseResult;
    /** Parses while learning from `gold`; `explore` (0..1) follows its own mistakes that often. */
    learn(input: ParserInput, gold: GoldTree, explore: number, random: () => number): ParseResult;
    /** Averages the weights: call once after the last epoch. */
    finish(): void;
    private run;
    private apply;
    private features;
    private labelFeatures;
}
