import { Lemmatizer } from './lemmatizer.js';
import { Parser } from './parser.js';
import { Tagger } from './tagger.js';
/** Tags, lemmas and a dependency tree for one sentence (heads 1-based, 0 = root). */
export interface Analysis {
    upos: string[];
    xpos: string[];
    lemma: string[];
    head: number[];
    deprel: string[];
}
/** The committed model's path. */
export declare const DEFAULT_MODEL: string;
/** Tagger + lemmatizer + parser, loaded together from one file. */
export declare class SyntaxModel {
    readonly tagger: Tagger;
    readonly lemmatizer: Lemmatizer;
    readonly parser: Parser;
    readonly info: Record<string, unknown>;
    constructor(tagger: Tagger, lemmatizer: Lemmatizer, parser: Parser, info?: Record<string, unknown>);
    /** Tags, lemmatises and parses a sentence of word forms. */
    analyze(forms: readonly string[]): Analysis;
    /** Serialises to a gzip buffer (weights as companded int8 codes; weights within ±prune dropped). */
    save(prune?: number): Buffer;
    /** Reads a model saved by `save`. */
    static fromBuffer(data: Uint8Array): SyntaxModel;
}
/** The committed model, loaded once per process; throws when the file is missing. */
export declare function loadSyntaxModel(path?: string): SyntaxModel;
