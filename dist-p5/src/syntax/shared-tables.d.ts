import { Perceptron, type QuantizedWeights } from './perceptron.js';
/**
 * A loaded model's weight tables in SharedArrayBuffers, with its header: what a pool's main thread unpacks
 * once and hands every worker (workerData), so N workers read one copy of the tables instead of N.
 */
export interface SharedModel<H = unknown> {
    /** `modelKey` of the model file the tables were unpacked from. */
    key: string;
    header: H;
    tables: {
        classes: number;
        bits: number;
        quantized: QuantizedWeights;
    }[];
}
/** Identifies a model file's bytes (sha1). */
export declare function modelKey(data: Uint8Array): string;
/** Copies loaded tables into SharedArrayBuffers; an array two tables share (interleaved slots) is copied once. */
export declare function toShared<H>(key: string, header: H, tables: readonly Perceptron[]): SharedModel<H>;
/** From now on `unpackModel` of the file these tables came from returns them instead of decoding its own. */
export declare function installShared(model: SharedModel): void;
/** The installed shared tables and header when `data` is the model file they came from, else undefined. */
export declare function sharedTablesFor<H>(data: Uint8Array): {
    header: H;
    tables: Perceptron[];
} | undefined;
