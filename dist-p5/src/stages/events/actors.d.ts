import type { Doc } from '../../model/doc.js';
/** An actor found in a sentence: a span, its tokens [tokStart, tokEnd), and its code when known. */
export interface Actor {
    start: number;
    end: number;
    tokStart: number;
    tokEnd: number;
    code?: string;
    entity?: number;
    /** 'sector' when the actor is only a sector word ("officials", "rebels"): weaker evidence of a party. */
    kind: 'named' | 'sector';
    /** Set when the actor ends in a title or sector word ("UN Secretary-General"): a name right after is its holder. */
    titled?: boolean;
    /** A person's name that no table coded: coded from the sentence's country when there is one. */
    unknownPerson?: boolean;
}
/**
 * Actors in tokens [first, last) of a sentence: mentions from the entities stage (with their codes) where
 * present, else our own names (countries, capitals, demonyms, organisations, office holders) and sector
 * words; "Syrian opposition" and "Russia's Foreign Minister" combine a country with a sector (SYROPP, RUSGOV).
 */
export declare function findActors(doc: Doc, first: number, last: number): Actor[];
