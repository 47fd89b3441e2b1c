import type { ConlluSentence } from './conllu.js';
import type { SyntaxModel } from './syntax-model.js';
/** Re-tags, re-lemmatises and re-parses sentences, keeping their words, comments and other columns. */
export declare function annotateConllu(model: SyntaxModel, sentences: readonly ConlluSentence[]): ConlluSentence[];
