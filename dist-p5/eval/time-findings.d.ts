import { type EvalSuite } from './suite.js';
/**
 * False alarms of the checks stage: articles with a true publication date (GUM news dateCreated,
 * TempEval-3 DCT) should yield no dateline finding. Rate = articles with at least one finding / articles.
 */
export declare const suite: EvalSuite;
