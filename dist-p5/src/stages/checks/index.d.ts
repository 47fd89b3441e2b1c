import type { Stage } from '../../pipeline/stage.js';
/**
 * Findings a careful reader would flag: a dateline the content contradicts (office holders, past-tense
 * dates after publication, ages, anniversaries), a weekday that doesn't fit its date.
 */
export declare const checks: Stage;
