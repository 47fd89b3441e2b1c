import { type Day } from './calendar.js';
import type { TimexHit } from './types.js';
/** The chrono-node baseline: chrono's parses mapped straight to TIMEX3 DATE/TIME values. */
export declare function chronoTimexes(text: string, anchor: Day | null): TimexHit[];
