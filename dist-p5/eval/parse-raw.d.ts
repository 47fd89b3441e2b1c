import type { Stage } from '../src/pipeline/stage.js';
import { type ConlluSentence } from '../src/syntax/conllu.js';
/**
 * Raw-text mode, as CoNLL 2018 scores it: rebuild the text from `# text`, run our segment + parse stages,
 * align predicted words to gold words by identical character spans, and give F1 for tokens, sentences,
 * UPOS, UAS and LAS (a word counts for UAS when its head aligns to the gold head).
 */
export declare function rawTextScores(gold: readonly ConlluSentence[], stages: readonly Stage[]): {
    raw_tokens_f1: number;
    raw_sentences_f1: number;
    raw_upos_f1: number;
    raw_uas_f1: number;
    raw_las_f1: number;
};
