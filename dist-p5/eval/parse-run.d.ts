import type { ConlluSentence } from '../src/syntax/conllu.js';
import { type EvalResult } from './suite.js';
/** Tags and parses gold-tokenised sentences with the committed model; scores and times it. */
export declare function evalParser(suite: string, gold: ConlluSentence[] | null, notes: string[]): EvalResult;
