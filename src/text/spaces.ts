/** The text with each run of whitespace as one space; returns it as it is (no new string) when none needs it. */
export const collapseSpaces = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s);
