import type { Stage } from '../../pipeline/stage.js';
/** CAMEO 03x "express intent to …" for a cooperative act (04–08), else undefined. */
export declare const intentCode: (code: string) => string | undefined;
/** CAMEO 13x "threaten …" for a conflictual act (14–20), else undefined. */
export declare const threatCode: (code: string) => string | undefined;
/** Who did what to whom: PLOVER and CAMEO events from trigger verbs and nouns, with their actors. */
export declare const events: Stage;
