import type { Doc } from '../../model/doc.js';
import type { Actor } from './actors.js';
/** Lower-cased surface of token i. */
export declare const word: (doc: Doc, i: number) => string;
/** True when the verb at i is a passive participle: "was presented", "were killed", "being pressured". */
export declare function isPassive(doc: Doc, i: number): boolean;
/** The auxiliary chain before token i ("has not been", "would not"): negation and modal. */
export declare function auxChain(doc: Doc, i: number, first: number): {
    negated: boolean;
    modal: boolean;
    must: boolean;
};
/** The first token index after i where the clause ends (sentence-final or ';'). */
export declare function clauseEnd(doc: Doc, i: number, last: number): number;
/** Token index where the clause holding i starts (after ';' or ':'), at least `first`. */
export declare function clauseStart(doc: Doc, i: number, first: number): number;
/** Could this actor be the subject or agent of a following verb? */
export declare function subjectLike(doc: Doc, a: Actor, last: number): boolean;
/** Actors joined to `a` by "and" / "," on its left or right: "Brazil and the United States". */
export declare function conjuncts(doc: Doc, actors: Actor[], a: Actor): Actor[];
/** Is the actor introduced by a place/time preposition ("in Syria")? */
export declare function placeLike(doc: Doc, a: Actor): boolean;
