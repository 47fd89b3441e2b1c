/** Reading numbers written in news style: "130,000", "2.1 billion", "a dozen", "hundreds". */

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
  'a thousand': 1000,
};

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const WORDS = Object.keys(SMALL)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A number, optionally scaled: digits with separators, or number words. Groups: digits, word, scale. */
export const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.,])(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(${WORDS})\b)` +
    String.raw`(?:[ -]?(thousand|million|billion|trillion|mln|bn|tn|m|b)\b)?`,
  'gi',
);

/** The numeric value of a NUMBER_RE match. */
export function numberValue(digits: string | undefined, word: string | undefined, scale: string | undefined) {
  const base = digits ? Number(digits.replace(/,/g, '')) : SMALL[(word ?? '').toLowerCase()];
  return base * (scale ? SCALE[scale.toLowerCase()] : 1);
}
