import { type EvalSuite } from './suite.js';
import { type ScoredTimex } from './time-score.js';
/** One TempEval-3 document as the shared JSONL holds it. */
export interface Te3Doc {
    id: string;
    dct: string;
    text: string;
    timexes: (ScoredTimex & {
        text: string;
        mod?: string;
    })[];
}
/** Reads a TempEval-3 split, or null when ../shared/data is absent. */
export declare function loadTe3(split?: string): Te3Doc[] | null;
/** The time stage's timexes for each document, run behind segmentation as in the pipeline. */
export declare function systemTimexes(docs: readonly Te3Doc[]): Promise<ScoredTimex[][]>;
export declare const suite: EvalSuite;
