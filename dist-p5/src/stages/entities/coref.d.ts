import type { Doc } from '../../model/doc.js';
import { type Cluster } from './cluster.js';
/** Groups mentions into clusters: names by exact/surname/KB match, titles and descriptions by role, pronouns by recency. */
export declare function corefer(doc: Doc): Cluster[];
