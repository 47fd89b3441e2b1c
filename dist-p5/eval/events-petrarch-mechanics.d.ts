import { type Doc } from '../src/model/doc.js';
import { type EvalSuite } from './suite.js';
/** One actor name of PETR.Validate.actors.txt: a pattern over the text and its code. */
interface DictActor {
    re: RegExp;
    code: string;
}
/**
 * Reads PETRARCH's validation actor dictionary: `NAME [CODE]` lines, `+ALIAS` lines sharing the entry's code,
 * codes on following indented lines; `_` joins words, a trailing `_` ends the word, else any suffix matches
 * ("BULGAR" → Bulgaria, Bulgarian). Date-restricted codes: the first unrestricted one, else the first.
 */
export declare function readActorDictionary(text: string): DictActor[];
/** Adds each dictionary name found in the text as a mention of an entity carrying the dictionary's code. */
export declare function injectActors(doc: Doc, dict: DictActor[]): void;
/** PETRARCH-2 unit-test records as a regression suite for argument structure, actors from its own dictionary. */
export declare const suite: EvalSuite;
export {};
