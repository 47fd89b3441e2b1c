import type { Doc } from '../../model/doc.js';
import type { Cluster } from './cluster.js';
/**
 * Phoenix-style code of a group phrase: "Syrian rebels" → SYRREB, "rebels from Syria" → SYRREB,
 * "the rebels" → ---REB (a sector without a country); undefined without a sector word.
 */
export declare function groupCode(phrase: string): string | undefined;
/** Actor codes (CAMEO-style country + sector), countries, sectors and coordinates for each cluster. */
export declare function codeClusters(doc: Doc, clusters: Cluster[]): void;
