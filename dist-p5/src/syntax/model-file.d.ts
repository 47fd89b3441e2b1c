import { Perceptron } from './perceptron.js';
/** Packs a JSON header and perceptron tables into one gzip buffer; weights within ±prune are dropped. */
export declare function packModel(header: object, tables: Perceptron[], prune?: number): Buffer;
/** Reverses packModel: the header and int8 perceptrons ready to score (wide tables kept sparse). */
export declare function unpackModel<H>(data: Uint8Array): {
    header: H;
    tables: Perceptron[];
};
