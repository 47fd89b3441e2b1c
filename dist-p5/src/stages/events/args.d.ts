import type { Doc } from '../../model/doc.js';
import type { Actor } from './actors.js';
/** Verbs whose object is said to have done the act after "of"/"for". */
export declare const ACCUSING: RegExp;
/** Dependents of each token of a sentence, from `head`. */
export declare class Tree {
    readonly doc: Doc;
    private kids;
    constructor(doc: Doc, first: number, last: number);
    /** Dependents of h, optionally only those with a relation matching rel. */
    children(h: number, rel?: RegExp): number[];
    /** The preposition ("case" dependent) of a nominal, lower-cased, or ''. */
    caseOf(h: number): string;
}
/** Parties of a verb trigger read from UD relations; null when the parse gives no source. */
export declare function parseArguments(doc: Doc, tree: Tree, i: number, actors: Actor[], clauseTarget: boolean): {
    source: Actor[];
    target: Actor[];
    via: 'parse';
} | null;
/**
 * The light verb an event noun is the object of ("gave a warm welcome" → gave), or undefined: its subject is
 * the noun's source.
 */
export declare function lightVerbOf(doc: Doc, i: number): number | undefined;
