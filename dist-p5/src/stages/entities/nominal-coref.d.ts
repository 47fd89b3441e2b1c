import { type Doc } from '../../model/doc.js';
import type { Mention } from '../../model/schema.js';
import type { Cluster } from './cluster.js';
/** What a resolution pass needs from corefer: the mentions, their clusters and a way to join one. */
export interface Chains {
    doc: Doc;
    ms: Mention[];
    clusters: Cluster[];
    owner: Int32Array;
    /** head token of each mention, -1 if none */
    heads: number[];
    /** dependency children of each token */
    kids: number[][];
    /** whether each mention is a coordination ("X and Y") */
    groups: boolean[];
    add(c: number, m: number): void;
}
/** Whether mention m is plural (by its head's tag, or the pronoun). */
export declare function isPlural(c: Chains, m: number): boolean;
/**
 * Nominal mentions ("the researchers", "the company"): an apposition joins the mention it renames; a
 * definite nominal joins the latest earlier nominal with the same head noun and number; else a new entity.
 */
export declare function linkNominals(c: Chains): void;
