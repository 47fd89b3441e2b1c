import { countryNames } from '../../text/countries.js';
import { loadLexicon } from '../../text/lexicon.js';
import { regionNames } from '../../text/places.js';

const leadingRun = (s: string) => /^[\p{L}\p{N}]*/u.exec(s)?.[0] ?? '';

/**
 * The first letters/digits of a set of lexicon keys, lower-cased. A phrase of two or more words can equal a key
 * (exactly, title-cased or lower-cased) only if its first word's leading run is one of these, so most words need
 * no phrases joined and looked up.
 */
export class KeyStarts {
  private readonly runs = new Set<string>();

  constructor(keys: Iterable<string>) {
    for (const k of keys) this.runs.add(leadingRun(k).toLowerCase());
  }

  /** Whether a phrase beginning with `word` (its run as written or title-cased) may be a key. */
  has(word: string, titled: string): boolean {
    return this.runs.has(leadingRun(word).toLowerCase()) || this.runs.has(leadingRun(titled).toLowerCase());
  }
}

let names: KeyStarts | undefined;
let titles: KeyStarts | undefined;

/** Starts of the organisation, country (names, demonyms, capitals) and region keys the gazetteer matches. */
export function nameStarts(): KeyStarts {
  if (!names) {
    const keys: string[] = [...countryNames(), ...regionNames()];
    for (const o of loadLexicon<{ orgs: { name: string; aliases: string[] }[] }>('organisations.json').orgs)
      keys.push(o.name, ...o.aliases);
    names = new KeyStarts(keys);
  }
  return names;
}

/** Starts of the titles ("Foreign Minister") and group nouns ("opposition") of lexicons/titles.json. */
export function titleStarts(): KeyStarts {
  if (!titles) {
    const t = loadLexicon<{ titles: { title: string; aliases: string[] }[]; groups: { noun: string }[] }>(
      'titles.json',
    );
    const keys: string[] = [];
    for (const e of t.titles) keys.push(e.title, ...e.aliases);
    for (const g of t.groups) keys.push(g.noun);
    titles = new KeyStarts(keys);
  }
  return titles;
}
