/** Escapes a literal string for use inside a RegExp. */
export declare const escapeRegExp: (s: string) => string;
