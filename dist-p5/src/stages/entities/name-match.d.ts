import type { Cluster } from './cluster.js';
/** Initials of a multi-word name's capitalised words: "University of Southern Indiana" → "USI". */
export declare function acronymOf(name: string): string | undefined;
/** Whether a name is written as an acronym ("USI", "KPA", "U.N."). */
export declare const isAcronym: (name: string) => boolean;
/**
 * The short name an organisation "X of Y" goes by when Y is no place: "Church of Scientology" →
 * "Scientology" (but not "Texas" for "University of Texas").
 */
export declare function ofTail(name: string): string | undefined;
/**
 * Lookup tables over the name clusters built so far, so that each name mention finds its cluster without
 * scanning all of them.
 */
export declare class NameIndex {
    private readonly clusters;
    private byKey;
    private byAcronym;
    private bySurname;
    private byFirst;
    private seen;
    constructor(clusters: Cluster[]);
    /** A non-person cluster of this type and key, or one whose acronym or "X of Y" short form this is. */
    findOther(type: string, key: string, raw: string): number;
    /** Records a non-person name of cluster c. */
    addOther(c: number, type: string, key: string, raw: string): void;
    /** A person cluster with this exact key. */
    personByKey(key: string): number;
    /**
     * A person cluster a partial name points at: a surname ("Montalvo"), a given name used alone ("Daniel"
     * after "Daniel Montalvo"), or the same first and last word ("Bashar Assad" = "Bashar al-Assad"). Among
     * several, the one mentioned most. A full name with another given name is another person ("Mohamed
     * El-Hassan Mohamed" is not "Ahmed Mohamed").
     */
    personByPart(key: string): number;
    /** A single-word name of another type that is the surname of a person ("Paris" after "Valeska Paris"). */
    personBySurname(key: string): number;
    /** Records a person name key of cluster c. */
    addPerson(c: number, key: string): void;
}
