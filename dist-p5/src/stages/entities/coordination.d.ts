import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/schema.js';
/**
 * Coordinated mentions as one group ("Ann Chiang of DAB and Priscilla Leung of BPA", "Morocco and Iran"):
 * when a mention's head has conjuncts that head mentions too, the whole coordination becomes a plural
 * `nominal` mention beside its parts (later "they" can refer to it). No-op without a parse.
 */
export declare function addCoordinations(doc: Doc): void;
/** Whether mention m (with head token h) is a coordination: its head has a conjunct inside it. */
export declare function isCoordination(doc: Doc, kids: number[][], m: Mention, h: number): boolean;
