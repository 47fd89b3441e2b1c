import type { Sentence, Token } from '../../model/schema.js';
/**
 * Sentences as runs of tokens. `starts` are the offsets where wink-nlp began sentences; a blank line
 * always begins one (headlines have no final stop), a wire dateline at a paragraph start is a sentence of
 * its own, a reference mark or emoticon ("… in 1805. [6]", ":)") stays with the sentence before it, and a
 * word glued to the stop before it or in lower case on the same line does not begin one.
 */
export declare function sentencesOf(text: string, tokens: readonly Token[], starts: ReadonlySet<number>): Sentence[];
