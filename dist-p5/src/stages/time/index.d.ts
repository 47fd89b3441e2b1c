import type { Stage } from '../../pipeline/stage.js';
/** TIMEX3 dates, times, durations and sets, normalised against the publication date. */
export declare const time: Stage;
