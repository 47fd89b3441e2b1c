import { type Doc } from '../src/model/doc.js';
import { type EvalSuite } from './suite.js';
/**
 * Names only (no pronouns, titles or descriptions), outermost spans, in CoNLL labels. Our person mentions
 * keep an honorific ("Mr Lavrov", for coreference); CoNLL's names leave it out, so it is cut here.
 */
export declare function conllEntities(doc: Doc): {
    start: number;
    end: number;
    label: string;
}[];
export declare const suite: EvalSuite;
