import type { Stage } from '../../pipeline/stage.js';
/**
 * Sentences, tokens, UPOS and lemmas from wink-nlp, with offsets found in the original text; tokens are
 * repaired to UD conventions and datelines split off as sentences of their own. In a pipeline where the
 * parse stage comes next, the same sentences and tokens without wink-nlp's tags (pos X, lemma the form).
 */
export declare const segment: Stage;
