import { type OfficeHolder } from '../../text/lexicon.js';
/**
 * The office a named person held on `date` (YYYY-MM-DD), or their latest earlier office with
 * `current: false`. A bare surname only matches someone in office that day.
 */
export declare function holderFor(name: string, date: string | null): {
    holder: OfficeHolder;
    current: boolean;
} | null;
/** Every office the KB records for a full name (two words or more), whatever the date. */
export declare function officesOf(name: string): OfficeHolder[];
/** Whether any of the offices was held on `date` (YYYY-MM-DD). */
export declare const heldOn: (offices: OfficeHolder[], date: string) => boolean;
