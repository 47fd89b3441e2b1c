/** A number, optionally scaled: digits with separators, or number words. Groups: digits, word, scale. */
export declare const NUMBER_RE: RegExp;
/** The numeric value of a NUMBER_RE match. */
export declare function numberValue(digits: string | undefined, word: string | undefined, scale: string | undefined): number;
