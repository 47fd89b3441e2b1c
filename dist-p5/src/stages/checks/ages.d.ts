import type { Doc } from '../../model/doc.js';
import type { Finding } from '../../model/schema.js';
/**
 * Ages that do not fit a birth year given in the same sentence: "Smith, 45, born in 1950" in a 2020
 * article. A year of slack covers birthdays not yet reached.
 */
export declare function ageMismatches(doc: Doc, published: string): Finding[];
/**
 * Anniversaries that do not add up against the dateline: "the 10th anniversary of the 2001 attacks" in a
 * 2020 article. A year of slack covers anniversaries just past or just ahead.
 */
export declare function anniversaryMismatches(doc: Doc, published: string): Finding[];
