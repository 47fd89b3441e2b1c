import { type Toks } from './phrases.js';
/** A cue with its speaker, found in one sentence before deciding what it introduces. */
export interface Frame {
    /** First and last token of the cue ("said", "pointed out", "according to"). */
    cue: [number, number];
    lemma: string;
    speaker: [number, number] | null;
    /** The speaker follows the cue ("said Lavrov", "according to X"). */
    inverted: boolean;
    kind: 'clause' | 'object' | 'quoteOnly' | 'according';
}
/** Cue frames in tokens [lo, hi); `quoted(i)` tells whether token i lies inside quotation marks. */
export declare function findFrames(t: Toks, lo: number, hi: number, quoted: (i: number) => boolean): Frame[];
