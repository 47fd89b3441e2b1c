import type { EntityType } from '../model/schema.js';
export interface TitleEntry {
    /** canonical title, e.g. "Foreign Minister" */
    title: string;
    /** CAMEO-style role code appended to a country ("GOV"), or '' when it depends on the employer */
    sector: string;
}
export interface OrgEntry {
    name: string;
    aliases: string[];
    type: EntityType;
    code: string;
    country?: string;
    sectors: string[];
}
/** A title or office ("foreign minister", "Secretary-General"), matched case-insensitively. */
export declare const lookupTitle: (phrase: string) => TitleEntry | undefined;
/** The sector code of a group noun ("opposition" → OPP), or undefined. */
export declare const lookupGroup: (noun: string) => string | undefined;
/** A known organisation or group by exact name or alias ("UN", "the Kremlin"). */
export declare const lookupOrg: (phrase: string) => OrgEntry | undefined;
/** Whether a word is an honorific (Mr, Ms, Dr …). */
export declare const isHonorific: (word: string) => boolean;
/** Whether two titles can name the same office: equal, or one is the other's generic head ("the minister"). */
export declare function titlesCompatible(a: string, b: string): boolean;
/** Whether a word is a surname of someone in the office-holder KB ("Putin", "Annan"). */
export declare function isKnownSurname(word: string): boolean;
/** Whether a word is a common given name (stdlib's English first-name lists, ~8,800 names). */
export declare function isFirstName(word: string): boolean;
