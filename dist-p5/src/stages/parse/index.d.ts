import type { Stage } from '../../pipeline/stage.js';
/** Tags, lemmatises and parses each sentence with our trained model: fills pos, xpos, lemma, head, deprel. */
export declare const parse: Stage;
