import type { Stage } from '../../pipeline/stage.js';
/**
 * Entities: coreference over mentions (names, surnames, Mr X, titles, descriptions, pronouns),
 * then roles, actor codes from the office-holder KB and lexicons, and coordinates for places.
 */
export declare const entities: Stage;
