import type { Doc } from '../../model/doc.js';
import type { EntityType, Mention } from '../../model/schema.js';
/** "BUCHAREST" → "Bucharest", "NEW YORK" → "New York" (for lexicon look-ups in all-caps lines). */
export declare function titleCase(p: string): string;
/** How a name's type was decided; a stronger reading of a string re-types weaker ones in the document. */
export declare const Cue: {
    readonly None: 0;
    readonly Weak: 1;
    readonly Rule: 2;
    readonly Lexicon: 3;
};
type Cue = (typeof Cue)[keyof typeof Cue];
/** Rule-based mentions for one sentence's tokens [a, b). */
export declare class MentionFinder {
    private readonly doc;
    private readonly toks;
    readonly out: Mention[];
    constructor(doc: Doc);
    /** Whether the report starts with a sports section label ("SOCCER -"). */
    private readonly sportsHeadline;
    private word;
    /** Text of tokens [i, j) with whitespace collapsed and curly apostrophes straightened. */
    private phrase;
    private straight;
    private glued;
    /** Words of the person names found so far ("Dupont" after "Jean Dupont"). */
    private readonly personWords;
    private known;
    /** How each name mention's type was decided (for document-level consistency). */
    readonly cues: Map<{
        entity?: number | undefined;
        kind?: string | undefined;
        phrase?: {
            start: number;
            end: number;
        } | undefined;
        start: number;
        end: number;
        type: string;
    }, Cue>;
    /** Names outside all-caps lines, lower-cased, with their type: all-caps headlines are read against them. */
    readonly bodyNames: Map<string, {
        type: EntityType;
        cue: Cue;
    }>;
    private shouting;
    /** Set by nameType: an uncued run holds a word usually written in lower case. */
    private commonish;
    private emit;
    /** Longest lexicon phrase (organisation, country, demonym, capital) starting at i. */
    private gazetteer;
    /** Longest title ("Foreign Minister", "Secretary-General") or group noun starting at i. */
    private title;
    /** "the (Russian|Russia's|UN) (Foreign Minister|opposition)" and "Russia's Foreign Minister". */
    private description;
    private pos;
    /** Whether the last nameType() answer came from a cue rather than the default. */
    private cued;
    /** Whether that cue was a weak one (a town of that name exists). */
    private weak;
    private afterTitle;
    private capitalised;
    private startsName;
    /** End (exclusive) of a capitalised name starting at i: "Bashar Al-Assad", "Ban Ki-Moon", "Staffan de Mistura". */
    private nameEnd;
    private nameType;
    /** A tagged span starting at i mapped to our types: MISC becomes NORP (demonyms) or EVENT. */
    private tagged;
    /**
     * Whether the words around the name [i, to) say it is an organisation: "Belgian club X", "news agency X",
     * "X shares", "X v Y" (a fixture).
     */
    private orgContext;
    /**
     * A capitalised common word before a given name or a nationality names nothing itself: "Democrat Walter
     * Mondale", "Broker Khurshid Alam", "Ruling Moslem party".
     */
    private leadWord;
    /** Whether token j starts a score ("2", "4-38") in a line without verbs. */
    private scoreLine;
    /** A team in a results table: at the line start or after a score, followed by a score. */
    private teamInTable;
    /** Team names found in results tables so far. */
    private teams;
    /** A capital or a region: named like a team in results tables ("Texas 5 Cleveland 3"). */
    private townLike;
    /** Whether tokens j, j+1 are "-based", "-led", "-born" glued to the word before j. */
    private compound;
    /** Whether tokens j, j+1 are a hyphen and a lower-case word glued to the word before j ("France-registered"). */
    private lowerAfterHyphen;
    /** Whether the tagger found any name inside tokens [i, to). */
    private taggedInside;
    /**
     * A dateline at the line start: "BUCHAREST 1996-08-30", "ROTTERDAM, Netherlands —",
     * "MILWAUKEE, Wisconsin 1996-08-29". Emits its places and returns where the text starts, or a.
     */
    private dateline;
    /** An all-caps line's names: those read the same way in the body of the document, and lexicon names. */
    private shoutedNames;
    /** Finds mentions in the sentence whose tokens are [a, b); `shouting`: the line has no lower case. */
    sentence(a: number, b: number, shouting: boolean): void;
    /**
     * Outside sports reports a person is named in full before a surname stands alone, so one uncued word that is
     * no word of a longer or cued person name is not taken for a name at all: on CoNLL dev such words were people 6
     * times in 104 (the rest companies, places, currencies, weapons or "Figures", "Trade").
     */
    private loneWords;
    /** Takes mentions back out of the results. */
    private remove;
    /** Whether a name speaks or is described like a person: "Washington, who …", "said Lentini", "Duran told". */
    private speaks;
    /** A place where a match is played: "at Leicester", "(at Trent Bridge, Nottingham)", "Hove: Sussex 363". */
    private venue;
    /**
     * In a sports report a town or region that wins, loses or plays, or that a player joins, is a team: "Los
     * Angeles won", "defeated Colorado", "a homer for Los Angeles", "Milan's Lentini". Countries stay places
     * (national teams are places in CoNLL).
     */
    private townTeams;
    /**
     * Same string, same type in one document: a name typed without a cue takes the type of the best-cued
     * mention of the same text, or of a longer name it is a word of ("Henke" after "Nolan Henke").
     */
    harmonise(): void;
}
export {};
