import { type ConlluSentence } from './conllu.js';
/** Per-word accuracies (percent) of predicted against gold sentences with the same words. */
export interface SyntaxScores {
    words: number;
    upos: number;
    xpos: number;
    lemma: number;
    uas: number;
    las: number;
}
/** Scores as conll18_ud_eval does with gold tokens: punctuation counts, LAS compares universal relations. */
export declare function scoreSentences(gold: readonly ConlluSentence[], pred: readonly ConlluSentence[]): SyntaxScores;
