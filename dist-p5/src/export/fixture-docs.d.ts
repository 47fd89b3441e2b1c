import { type Doc } from '../model/index.js';
/**
 * A hand-made document (for export tests) with what CSV must quote (commas, double quotes, a line break), an
 * event with a geocoded place and no date of its own, an actor known only by its code, and a negated event.
 */
export declare function trickyDoc(): Doc;
