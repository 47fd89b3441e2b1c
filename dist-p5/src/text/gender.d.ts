export type Gender = 'm' | 'f';
/** The usual gender of an English given name ("Sarah" → f), or undefined if unknown or used for both. */
export declare function firstNameGender(word: string): Gender | undefined;
/** The gender a pronoun, noun or honorific marks ("she", "mother", "Mr"), if any. */
export declare function wordGender(word: string): Gender | undefined;
