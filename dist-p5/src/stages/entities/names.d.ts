/** A person name without honorific or possessive: "Mr Lavrov's" → "Lavrov". */
export declare function cleanName(s: string): string;
/** Comparison key: lower case, no accents, no Arabic article ("Bashar Al-Assad" → "bashar assad"). */
export declare function nameKey(s: string): string;
/** The last word of a name key: the surname for Western and most news-style names. */
export declare const surname: (key: string) => string;
