import type { ConlluSentence } from './conllu.js';
import { SyntaxModel } from './syntax-model.js';
export interface TrainOptions {
    seed?: number;
    tagEpochs?: number;
    parseEpochs?: number;
    /** Folds for jackknifed tags (the parser learns from tags as noisy as at run time); 0/1 = gold tags. */
    folds?: number;
    /** Probability of following the parser's own wrong move (dynamic-oracle exploration) after epoch 1. */
    explore?: number;
    tagBits?: number;
    parseBits?: number;
    labelBits?: number;
    log?: (line: string) => void;
    info?: Record<string, unknown>;
}
/** Trains tagger, lemmatizer and parser from CoNLL-U sentences; deterministic for a given seed. */
export declare function trainSyntaxModel(train: readonly ConlluSentence[], opts?: TrainOptions): SyntaxModel;
/** Ambiguity classes: each word seen at least `min` times → hash of the set of its XPOS tags. */
export declare function ambiguityClasses(data: readonly {
    forms: string[];
    xpos: Int32Array;
}[], min?: number): Map<string, number>;
