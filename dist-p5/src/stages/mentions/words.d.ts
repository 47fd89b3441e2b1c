export declare const PERSON_PRONOUNS: Set<string>;
export declare const GROUP_PRONOUNS: Set<string>;
export declare const ORG_WORDS: Set<string>;
export declare const LOC_WORDS: Set<string>;
export declare const FAC_WORDS: Set<string>;
export declare const EVENT_WORDS: Set<string>;
export declare const NAME_PARTICLES: Set<string>;
export declare const CALENDAR_WORDS: Set<string>;
/** Capitalised words that start sentences without naming anything. */
export declare const NOT_NAMES: Set<string>;
export declare const PLACE_PREPOSITIONS: Set<string>;
/** Whether a word is usually written in lower case (lexicons/ner/common-words.json, built from EWT and GUM). */
export declare function isCommonWord(word: string): boolean;
