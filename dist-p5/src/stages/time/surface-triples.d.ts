/** [surface text, type, value] of every timex against an anchor date; throws on an offset out of range. */
export declare function surfaceTriples(text: string, anchor: string | null): [string, string, string][];
