import { type BenchText } from './corpus.js';
export interface Peer {
    does: string;
    tokensPerSec: number;
    wordsPerSec: number;
}
export interface BenchResult {
    corpus: {
        name: string;
        docs: number;
        tokens: number;
        words: number;
    };
    stages: Record<string, {
        ms: number;
        tokensPerSec: number;
        wordsPerSec: number;
        share: number;
    }>;
    total: {
        docsPerSec: number;
        tokensPerSec: number;
        wordsPerSec: number;
        peakRssMB: number;
    };
    /** Peers on the same texts; a peer that is not installed is left out. */
    peers: Record<string, Peer>;
    rounds: number;
    /** Untimed passes over the texts before the timed rounds (JIT tiering settles only after several). */
    warmup: number;
    /** The 1-minute load average before and after: the machine may be shared. */
    load: [number, number];
}
/** Whitespace-separated words, the unit of the words/s goals. */
export declare const countWords: (t: string) => number;
/**
 * Runs the whole pipeline over the texts `rounds` times after `warmup` untimed passes in this thread and times
 * each stage; peak RSS is read before the peers run. Then times the peers on the same texts (same warm-up).
 */
export declare function bench(texts?: BenchText[], rounds?: number, warmup?: number): Promise<BenchResult>;
export declare const round: (x: number) => number;
