import type { Frame } from './frames.js';
import { type Toks } from './phrases.js';
/** A sentence as a token range with its cue frames. */
export interface Sentence {
    lo: number;
    hi: number;
    frames: Frame[];
}
/** The content of a reported-speech frame as [first, last] token ranges (one or two), or null when none. */
export declare function indirectContent(t: Toks, s: Sentence, f: Frame, quoted: (i: number) => boolean): [number, number][] | null;
