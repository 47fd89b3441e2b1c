/** Reads a JSON lexicon from lexicons/ once per process; callers treat it as read-only. */
export declare function loadLexicon<T>(file: string): T;
export interface OfficeHolder {
    name: string;
    aliases: string[];
    office: string;
    org: string | null;
    country: string | null;
    code: string;
    start: string;
    end: string | null;
}
/** The dated office-holder knowledge base (lexicons/office-holders.json). */
export declare const officeHolders: () => OfficeHolder[];
