import type { Stage } from '../../pipeline/stage.js';
/** Quantities with what they count: "more than 130,000 people", "4.5 percent", "2.1 billion reais". */
export declare const claims: Stage;
