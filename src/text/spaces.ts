/** The text with each run of whitespace as one space; returns it as it is (no new string) when none needs it. */
export const collapseSpaces = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Whether a UTF-16 code is white space as `\s` of a JS regular expression has it (without building a string). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
