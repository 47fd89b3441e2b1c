/** One trigger entry of lexicons/events/triggers.json, with its PLOVER type. */
export interface Trigger {
    type: string;
    w: string;
    code: string;
    pos?: 'n';
    needs?: string[];
    prt?: string;
    /** the entry does not apply when one of these lemmas follows within two words ("declined to comment") */
    unless?: string[];
    mode?: string;
    context?: string;
    why?: string;
}
/** One row of lexicons/cameo-codes.json. */
export interface CameoCode {
    name: string;
    root: string;
    quad: number;
    goldstein: number | null;
    plover: string | null;
    mode: string | null;
    context: string | null;
}
/** The CAMEO code table (code → name, root, quad class, Goldstein, PLOVER mapping). */
export declare const cameoCodes: () => Record<string, CameoCode>;
/** Every trigger entry, flattened, in file order within each type. */
export declare function triggers(): Trigger[];
/** Inflected forms of an English verb or noun (regular rules plus a few irregulars). */
export declare function formsOf(w: string): string[];
/** Triggers by lower-cased surface form. */
export declare function triggerIndex(): Map<string, Trigger[]>;
