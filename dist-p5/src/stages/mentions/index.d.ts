import type { Stage } from '../../pipeline/stage.js';
/**
 * Mentions: names (countries and demonyms from world-countries, organisations and titles from our
 * lexicons, capitalised sequences typed by cues), titles before names, definite descriptions
 * ("the Foreign Minister", "the Syrian opposition") and third-person pronouns.
 */
export declare const mentions: Stage;
