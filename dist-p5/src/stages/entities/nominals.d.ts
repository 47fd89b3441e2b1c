import type { Doc } from '../../model/doc.js';
/**
 * From the parse: gives each mention its whole noun phrase (`phrase`), and adds the mentions the name
 * finder leaves out — common-noun phrases about people, organisations and places (`kind: 'nominal'`:
 * "the researchers", "the company") and first/second-person pronouns (`kind: 'pronoun'`). No-op without a parse.
 */
export declare function addPhraseMentions(doc: Doc): void;
