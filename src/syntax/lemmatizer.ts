import { foldQuotes } from './word-atoms.js';

/**
 * Lemmas from a lexicon learned from treebank words, then suffix rules learned the same way. A rule's
 * output must be a lemma the treebanks have when one of the rules gives such a lemma, so "blasted" is
 * "blast", not the "blaste" that "wasted" → "waste" teaches.
 */
export class Lemmatizer {
  /** Every lemma in the lexicon, lower-cased. */
  private readonly lemmas = new Set<string>();
  /** The lexicon by tag then form: a lookup builds no `lower\txpos` key string. */
  private readonly byTag = new Map<string, Map<string, string>>();
  /** Tag family (VB, JJ, NN, RB…) then form → lemma, for a form seen only under a sibling tag (VBN for VBD). */
  private readonly byFamily = new Map<string, Map<string, string>>();

  constructor(
    /** `lower\txpos` → lemma */
    readonly lexicon: Map<string, string>,
    /** `xpos\tsuffix` → rule `cut\tadd` (strip `cut` chars, append `add`) */
    readonly rules: Map<string, string>,
  ) {
    const inner = (m: Map<string, Map<string, string>>, k: string) => {
      const forms = m.get(k) ?? new Map<string, string>();
      m.set(k, forms);
      return forms;
    };
    for (const [key, lemma] of lexicon) {
      this.lemmas.add(lemma.toLowerCase());
      const tab = key.indexOf('\t');
      const form = key.slice(0, tab);
      const tag = key.slice(tab + 1);
      inner(this.byTag, tag).set(form, lemma);
      const family = inner(this.byFamily, familyOf(tag));
      if (!family.has(form)) family.set(form, lemma);
    }
  }

  /** Learns lexicon and rules from (form, xpos, lemma) triples. */
  static learn(words: Iterable<{ form: string; xpos: string; upos: string; lemma: string }>): Lemmatizer {
    const lex = new Map<string, Map<string, number>>();
    const rules = new Map<string, Map<string, number>>();
    const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
      const inner = m.get(k) ?? new Map<string, number>();
      m.set(k, inner);
      inner.set(v, (inner.get(v) ?? 0) + 1);
    };
    for (const w of words) {
      if (!w.lemma || w.lemma === '_') continue;
      const lower = w.form.toLowerCase();
      bump(lex, `${lower}\t${w.xpos}`, w.lemma);
      if (isProper(w.upos)) continue;
      const rule = ruleFor(lower, w.lemma);
      if (!rule) continue;
      for (let k = 1; k <= Math.min(5, lower.length); k++) bump(rules, `${w.xpos}\t${lower.slice(-k)}`, rule);
    }
    const best = (m: Map<string, Map<string, number>>, min: number) => {
      const out = new Map<string, string>();
      for (const [k, inner] of m) {
        let top = '';
        let count = 0;
        for (const [v, c] of inner) {
          if (c > count) {
            top = v;
            count = c;
          }
        }
        if (count >= min) out.set(k, top);
      }
      return out;
    };
    return new Lemmatizer(best(lex, 1), best(rules, 2));
  }

  /** The lemma of a word given its tags. */
  lemma(form: string, xpos: string, upos: string): string {
    if (upos === 'PUNCT') return form;
    const lower = foldQuotes(form.toLowerCase());
    const known = this.byTag.get(xpos)?.get(lower);
    if (known !== undefined) return isProper(upos) && known.toLowerCase() === lower ? form : known;
    if (isProper(upos)) return form;
    // "dishonest" tagged JJS but seen as JJ: the sibling tag's lemma beats a guessed "dishone"
    const sibling = this.byFamily.get(familyOf(xpos))?.get(lower);
    if (sibling !== undefined) return sibling;
    const guesses: string[] = [];
    for (let k = Math.min(5, lower.length); k >= 1; k--) {
      const rule = this.rules.get(`${xpos}\t${lower.slice(-k)}`);
      if (rule === undefined) continue;
      const tab = rule.indexOf('\t');
      const cut = Number(rule.slice(0, tab));
      if (cut >= lower.length) continue;
      const guess = lower.slice(0, lower.length - cut) + rule.slice(tab + 1);
      if (this.lemmas.has(guess)) return guess;
      guesses.push(guess);
    }
    // else a guess ending in a known lemma: "outlasted" → "outlast", "bravest" → "brave"
    return guesses.find((g) => this.endsInLemma(g)) ?? guesses[0] ?? lower;
  }

  private endsInLemma(word: string): boolean {
    for (let i = 1; word.length - i >= MIN_PART; i++) if (this.lemmas.has(word.slice(i))) return true;
    return false;
  }
}

const MIN_PART = 4;

const isProper = (upos: string) => upos === 'PROPN';

/** Penn tags that inflect one word class share a family: VBD ~ VBN, JJ ~ JJS, NN ~ NNS (not NNP). */
const familyOf = (xpos: string) => (/^(?:VB|JJ|RB)/.test(xpos) ? xpos.slice(0, 2) : xpos.replace(/S$/, ''));

/** The edit turning a lower-cased form into its lemma, or null when the lemma is not a suffix edit. */
function ruleFor(lower: string, lemma: string): string | null {
  const l = lemma.toLowerCase();
  let p = 0;
  while (p < lower.length && p < l.length && lower[p] === l[p]) p++;
  if (p === 0 && lower.length > 0) return null;
  return `${lower.length - p}\t${l.slice(p)}`;
}
