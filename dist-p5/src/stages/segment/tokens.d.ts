import type { Token } from '../../model/schema.js';
/**
 * Repairs wink-nlp tokens to UD conventions: splits "I'm", "gonna" and a final "No."; joins URLs,
 * addresses, file names, runs of marks and decades ("70's").
 */
export declare function fixTokens(text: string, tokens: readonly Token[]): Token[];
