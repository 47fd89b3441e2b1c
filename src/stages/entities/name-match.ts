import { lookupCountry } from '../../text/countries.js';
import { lookupRegion } from '../../text/places.js';
import type { Cluster } from './cluster.js';
import { nameKey, surname } from './names.js';

const SMALL_WORDS = /^(of|the|and|for|in|on|at|to|&|de|du|des|la|le|der|für)$/i;

/** Initials of a multi-word name's capitalised words: "University of Southern Indiana" → "USI". */
export function acronymOf(name: string): string | undefined {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/** Whether a name is written as an acronym ("USI", "KPA", "U.N."). */
export const isAcronym = (name: string): boolean => /^(\p{Lu}\.?){2,6}$/u.test(name);

/**
 * The short name an organisation "X of Y" goes by when Y is no place: "Church of Scientology" →
 * "Scientology" (but not "Texas" for "University of Texas").
 */
export function ofTail(name: string): string | undefined {
  const m = /^(?:the\s+)?\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?(\p{Lu}.*)$/iu.exec(name);
  if (!m || lookupCountry(m[1]) || lookupRegion(m[1])) return undefined;
  return m[1];
}

/**
 * An organisation's name without the country or nationality it starts with, when two or more capitalised
 * words remain: "United Kingdom Home Office" → "Home Office", "Saudi Arabia's Civil Defense Authority" →
 * "Civil Defense Authority".
 */
export function afterCountry(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const rest = words.slice(n);
    if (!rest.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w)) || !/^\p{Lu}/u.test(rest[0])) continue;
    if (
      lookupCountry(
        words
          .slice(0, n)
          .join(' ')
          .replace(/['’]s$/, ''),
      )
    )
      return rest.join(' ');
  }
  return undefined;
}

/**
 * Lookup tables over the name clusters built so far, so that each name mention finds its cluster without
 * scanning all of them.
 */
export class NameIndex {
  private byKey = new Map<string, number>();
  private byAcronym = new Map<string, number>();
  private bySurname = new Map<string, number[]>();
  private byFirst = new Map<string, number[]>();
  private seen = new Set<string>();

  constructor(private readonly clusters: Cluster[]) {}

  /** A non-person cluster of this type and key, or one whose acronym or "X of Y" short form this is. */
  findOther(type: string, key: string, raw: string): number {
    const own = this.byKey.get(`${type}|${key}`);
    if (own !== undefined) return own;
    if (isAcronym(raw)) {
      const c = this.byAcronym.get(raw.replace(/\./g, ''));
      if (c !== undefined && this.clusters[c].type !== 'PERSON') return c;
    }
    const long = this.byKey.get(`tail|${key}`);
    if (long !== undefined && this.clusters[long].type === type) return long;
    const acr = acronymOf(raw);
    const short = acr === undefined ? undefined : this.byKey.get(`acronym|${acr}`);
    if (short !== undefined && this.clusters[short].type !== 'PERSON') return short;
    const tail = ofTail(raw);
    const named = tail === undefined ? undefined : this.byKey.get(`${type}|${tail.toLowerCase()}`);
    if (named !== undefined) return named;
    // "Saudi Arabia's Civil Defense Authority" after "Civil Defense Authority"
    const rest = afterCountry(raw);
    return (rest ? this.byKey.get(`${type}|${nameKey(rest)}`) : undefined) ?? -1;
  }

  /** Records a non-person name of cluster c. */
  addOther(c: number, type: string, key: string, raw: string): void {
    // a name seen before in this cluster adds nothing new
    if (this.seen.has(`${c}|${raw}`)) return;
    this.seen.add(`${c}|${raw}`);
    if (!this.byKey.has(`${type}|${key}`)) this.byKey.set(`${type}|${key}`, c);
    if (isAcronym(raw)) this.byKey.set(`acronym|${raw.replace(/\./g, '')}`, c);
    const acr = acronymOf(raw);
    if (acr && acr.length >= 2 && !this.byAcronym.has(acr)) this.byAcronym.set(acr, c);
    const tail = ofTail(raw);
    if (tail) this.byKey.set(`tail|${tail.toLowerCase()}`, c);
    const rest = afterCountry(raw);
    if (rest && !this.byKey.has(`tail|${nameKey(rest)}`)) this.byKey.set(`tail|${nameKey(rest)}`, c);
  }

  /** A person cluster with this exact key. */
  personByKey(key: string): number {
    return this.byKey.get(`PERSON|${key}`) ?? -1;
  }

  /**
   * A person cluster a partial name points at: a surname ("Montalvo"), a given name used alone ("Daniel"
   * after "Daniel Montalvo"), or the same first and last word ("Bashar Assad" = "Bashar al-Assad"). Among
   * several, the one mentioned most. A full name with another given name is another person ("Mohamed
   * El-Hassan Mohamed" is not "Ahmed Mohamed").
   */
  personByPart(key: string): number {
    const words = key.split(' ');
    let pool: number[];
    if (words.length === 1) {
      pool = this.bySurname.get(key) ?? this.byFirst.get(key) ?? [];
    } else {
      const last = words[words.length - 1];
      pool = (this.bySurname.get(last) ?? []).filter((c) => {
        for (const k of this.clusters[c].keys) {
          const kw = k.split(' ');
          if (kw.length > 1 && kw[0] !== words[0]) return false;
        }
        return true;
      });
    }
    let best = -1;
    for (const c of pool) {
      if (best < 0 || this.clusters[c].mentions.length >= this.clusters[best].mentions.length) best = c;
    }
    return best;
  }

  /**
   * A single-word name of another type that is the surname or given name of one person named in full
   * ("Paris" after "Valeska Paris", "Daniel" after "Daniel Montalvo" when a town is called Daniel).
   */
  personBySurname(key: string): number {
    if (key.includes(' ')) return -1;
    for (const index of [this.bySurname, this.byFirst]) {
      const pool = (index.get(key) ?? []).filter((c) =>
        [...this.clusters[c].keys].some((k) => k.includes(' ')),
      );
      if (pool.length) return pool.length === 1 ? pool[0] : -1;
    }
    return -1;
  }

  /** Records a person name key of cluster c. */
  addPerson(c: number, key: string): void {
    if (this.byKey.get(`PERSON|${key}`) === c) return;
    this.byKey.set(`PERSON|${key}`, c);
    const words = key.split(' ');
    push(this.bySurname, surname(key), c);
    if (words.length > 1) push(this.byFirst, words[0], c);
  }
}

function push(m: Map<string, number[]>, k: string, c: number): void {
  const l = m.get(k);
  if (!l) m.set(k, [c]);
  else if (!l.includes(c)) l.push(c);
}
