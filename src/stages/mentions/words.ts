/** Word lists the mention rules use; small and closed, so they live in code. */
import { loadLexicon } from '../../text/lexicon.js';

export const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
// "its" names an organisation or country far more often than the expletive "it" does, so only it is kept.
export const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves', 'its', 'itself']);

export const ORG_WORDS = new Set(
  (
    'Ministry Council Party Bank University College School Company Corp Corp. Corporation Inc Inc. Ltd Ltd. ' +
    'Group Agency Organization Organisation Committee Commission Association Union Institute Court Army Navy ' +
    'Forces Network News Times Post Journal Federation Front Movement Alliance Office Department Airlines ' +
    'Airways Club FC Nations League Foundation Fund Authority Service Services Coalition Assembly Parliament ' +
    'Senate Congress Board Bureau Police Guard Brigade Brigades Industries Holdings Group Press Television ' +
    'TV Radio Agency Trust Society Church Exchange Reserve Museum Hospital Council Cabinet Government Daily ' +
    'Newsroom Newsdesk ' +
    // Company suffixes and industry words ("Pirelli SpA", "Dow Chemical Co", "Kansai Electric Power").
    'SpA S.p.A. AB SA S.A. AG NV N.V. Plc PLC plc GmbH Bhd Co Co. Cos Bros Bros. LLC Limited Bancorp ' +
    'Bancshares Securities Financial Partners Investments Resources Energy Electric Motors Motor Steel ' +
    'Petroleum Chemical Chemicals Pharmaceuticals Pharmaceutical Communications Telecom Telecommunications ' +
    'Systems Technologies Electronics Mining Cement Insurance Railways Shipping Hospitality Enterprises ' +
    'Airline Zeitung Herald Tribune Gazette Courier Administration Directorate Secretariat Tribunal ' +
    'Observatory Consortium Cooperative Syndicate ' +
    // Club words ("Queens Park Rangers", "Blackburn Rovers").
    'United Rangers Rovers Wanderers Athletic Albion Hotspur'
  ).split(' '),
);
export const LOC_WORDS = new Set(
  'River Mountains Mountain Mount Sea Ocean Lake Valley Desert Gulf Island Islands Peninsula Coast Strait Bay Heights Plateau Basin Region Province State County District Strip'.split(
    ' ',
  ),
);
export const FAC_WORDS = new Set(
  'Airport Stadium Bridge Square Palace Street Avenue Road Tower Hall Prison Base Building Centre Center Embassy Dam Port Station Mosque Cathedral'.split(
    ' ',
  ),
);
export const EVENT_WORDS = new Set(
  'Tour War Summit Conference Olympics Games Cup Championship Championships Festival Election Elections Revolution Spring Crisis Talks Accord Agreement Open Masters Classic Series Trophy Prix Marathon Tournament Treaty'.split(
    ' ',
  ),
);
export const NAME_PARTICLES = new Set([
  'al',
  'el',
  'de',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'da',
  'dos',
  'di',
]);

export const CALENDAR_WORDS = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
  ).split(' '),
);

/** Capitalised words that start sentences without naming anything. */
export const NOT_NAMES = new Set(
  'The A An This That These Those It Its He She They We I You But And Or If When While As On In At For From By With After Before Since Yet So Some Many Most All Any No Not There Here What Who Which Why How Mr Ms Mrs Dr First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Men Women Former Top'.split(
    ' ',
  ),
);

export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'outside',
  'inside',
  'across',
  'around',
]);

let common: Set<string> | undefined;

/** Whether a word is usually written in lower case (lexicons/ner/common-words.json, built from EWT and GUM). */
export function isCommonWord(word: string): boolean {
  common ??= new Set(loadLexicon<{ words: string[] }>('ner/common-words.json').words);
  return common.has(word.toLowerCase());
}

let products: Map<string, number> | undefined;
let productStarts: Set<string> | undefined;

function productIndex(): Map<string, number> {
  if (!products) {
    products = new Map();
    productStarts = new Set();
    for (const p of loadLexicon<{ PRODUCT: string[] }>('ner/products.json').PRODUCT) {
      products.set(p, p.split(' ').length);
      productStarts.add(p.split(' ')[0]);
    }
  }
  return products;
}

/** Whether some product name begins with this word (most words begin none, and need no joining). */
export function startsProduct(word: string): boolean {
  productIndex();
  return productStarts?.has(word) ?? false;
}

/** Longest product name ("Dow Jones", "Nikkei 225", "Kalashnikov") in words, as a word count, or 0. */
export function productLength(words: string[]): number {
  const index = productIndex();
  if (words.length === 0 || !startsProduct(words[0])) return 0;
  for (let n = Math.min(3, words.length); n > 0; n--) if (index.has(words.slice(0, n).join(' '))) return n;
  return 0;
}

/** "F-15", "AK-47s", "MiG-29": a model designation (letters, a hyphen, a number). */
export const MODEL_NUMBER = /^(\p{Lu}{1,3}|MiG|Su|Tu|Mi|Il|Yak)-\d{1,3}[A-Z]?s?$/u;
/** Nouns that make a model designation before them a product ("F-15 fighters", "MiG-29 jet"). */
export const PRODUCT_NOUNS =
  /^(fighters?|jets?|planes?|warplanes?|aircraft|airliners?|bombers?|helicopters?|gunships?|missiles?|rockets?|rifles?|guns?|tanks?|submarines?|launchers?|cars?)$/;
