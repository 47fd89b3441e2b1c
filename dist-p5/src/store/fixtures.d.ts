import { type Doc } from '../model/index.js';
/** What varies between the test articles (all written for these tests). */
export interface ArticleSpec {
    place: string;
    speaker: string;
    surname: string;
    country: string;
    topic: string;
    published: string;
    count: number;
}
export declare const ARTICLES: readonly ArticleSpec[];
/**
 * A small wire story with every layer filled by hand, offsets found by search. `n` varies the text (and so the
 * id) for batches; `extra` repeats a closing sentence to make bigger documents.
 */
export declare function articleDoc(spec: ArticleSpec, n?: number, extra?: number): Doc;
