import { type EvalSuite } from './suite.js';
/**
 * Ingest on real newswire: the publication date found in CoNLL-2003 Reuters texts against their dateline
 * date (`dct`), and how many English news texts the language check wrongly rejects.
 */
export declare const suite: EvalSuite;
