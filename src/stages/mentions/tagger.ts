import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';
import { isHonorific, lookupOrg, lookupTitle } from '../../text/actors.js';
import { countryNames, lookupCountry } from '../../text/countries.js';
import { loadLexicon } from '../../text/lexicon.js';
import { geocode } from '../../text/places.js';
import { compile, type FeatureRows } from './feature-rows.js';
import { CALENDAR_WORDS, EVENT_WORDS, FAC_WORDS, LOC_WORDS, ORG_WORDS } from './words.js';

/** BIO labels over PER/LOC/ORG/MISC, as in CoNLL and wikigold. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

export interface NerModel {
  labels: string[];
  weights: Record<string, number[]>;
}

export const MODEL_FILE = join(PACKAGE_ROOT, 'models', 'ner-perceptron.json');

const shapes = new Map<string, string>();

function shape(w: string): string {
  let s = shapes.get(w);
  if (s === undefined) {
    s = w
      .replace(/\p{Lu}/gu, 'X')
      .replace(/\p{Ll}/gu, 'x')
      .replace(/\d/g, 'd')
      .replace(/(.)\1+/g, '$1$1');
    if (shapes.size > 100_000) shapes.clear();
    shapes.set(w, s);
  }
  return s;
}

// Per-sentence facts, computed once rather than once per token.
const allCaps = new WeakMap<string[], boolean>();

// The leading letters/digits of every organisation and country key: a phrase of two or more words can match a
// key only if its first word's leading run is one of these (the join puts a space or "-" after that word).
let keyStarts: Set<string> | undefined;
const leadingRun = (s: string) => /^[\p{L}\p{N}]*/u.exec(s)?.[0] ?? '';

function startsSomeKey(word: string): boolean {
  if (!keyStarts) {
    keyStarts = new Set();
    const orgs = loadLexicon<{ orgs: { name: string; aliases: string[] }[] }>('organisations.json').orgs;
    for (const o of orgs) for (const k of [o.name, ...o.aliases]) keyStarts.add(leadingRun(k));
    for (const k of countryNames()) keyStarts.add(leadingRun(k));
  }
  return keyStarts.has(leadingRun(word));
}

/** What the lexicons say of one word, which they fix for good: whether it starts a longer key, its tag. */
interface WordGaz {
  starts: boolean;
  /** `B-${tag}` or '' */
  begin: string;
}
const wordGaz = new Map<string, WordGaz>();

function gazOf(word: string): WordGaz {
  let g = wordGaz.get(word);
  if (g === undefined) {
    const tag = lexiconTag(word, true);
    g = { starts: startsSomeKey(word), begin: tag ? `B-${tag}` : '' };
    if (wordGaz.size > 100_000) wordGaz.clear();
    wordGaz.set(word, g);
  }
  return g;
}

/** The lexicon a joined phrase belongs to: org, norp, gpe, city (single words only) or ''. */
export function phraseTag(p: string, single: boolean): string {
  return single ? gazOf(p).begin.slice(2) : lexiconTag(p, false);
}

function lexiconTag(p: string, single: boolean): string {
  const org = lookupOrg(p);
  if (org) return org.type === 'NORP' ? 'norp' : 'org';
  const c = lookupCountry(p);
  if (c) return c.kind === 'demonym' ? 'norp' : 'gpe';
  return single && /^\p{Lu}\p{Ll}+$/u.test(p) && geocode(p, [], 15000) ? 'city' : '';
}

/** Which lexicon a phrase of the sentence belongs to, per token (longest match, up to 5 tokens). */
export function gazetteerTags(words: string[]): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    const g = gazOf(words[i]);
    // Only a word that starts some key needs the 2–5-word phrases.
    let matched = false;
    if (g.starts) {
      for (let j = Math.min(words.length, i + 5); j > i + 1; j--) {
        let p = words.slice(i, j).join(' ');
        if (j - i > 2 && p.includes(' - ')) p = p.replace(/ - /g, '-');
        const tag = lexiconTag(p, false);
        if (!tag) continue;
        for (let k = i; k < j; k++) out[k] = `${k === i ? 'B' : 'I'}-${tag}`;
        i = j - 1;
        matched = true;
        break;
      }
    }
    if (!matched && g.begin) out[i] = g.begin;
  }
  return out;
}

/** Feature strings of token i given the two previous predicted labels. */
export function features(words: string[], gaz: string[], i: number, prev: string, prev2: string): string[] {
  const w = words[i];
  const lw = w.toLowerCase();
  const at = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : words[k]);
  const p1 = at(i - 1);
  const n1 = at(i + 1);
  const f = [
    'b',
    `w=${lw}`,
    `s=${shape(w)}`,
    `p3=${lw.slice(0, 3)}`,
    `x3=${lw.slice(-3)}`,
    `x2=${lw.slice(-2)}`,
    `pw=${p1.toLowerCase()}`,
    `nw=${n1.toLowerCase()}`,
    `pw2=${at(i - 2).toLowerCase()}`,
    `nw2=${at(i + 2).toLowerCase()}`,
    `ps=${shape(p1)}`,
    `ns=${shape(n1)}`,
    `t=${prev}`,
    `tt=${prev2}|${prev}`,
    `t+s=${prev}|${shape(w)}`,
    `t+w=${prev}|${lw}`,
    `pw+w=${p1.toLowerCase()}|${lw}`,
    `g=${gaz[i]}`,
    `pg=${gaz[i - 1] ?? '<s>'}`,
    `ng=${gaz[i + 1] ?? '</s>'}`,
  ];
  if (i === 0) f.push('first', `first+s=${shape(w)}`);
  let caps = allCaps.get(words);
  if (caps === undefined) {
    caps = words.every((x) => !/\p{Ll}/u.test(x));
    allCaps.set(words, caps);
  }
  if (caps) f.push('allcaps-sentence');
  if (ORG_WORDS.has(w)) f.push('orgword');
  if (ORG_WORDS.has(n1) || ORG_WORDS.has(at(i + 2))) f.push('orgword-next');
  if (LOC_WORDS.has(w)) f.push('locword');
  if (FAC_WORDS.has(w)) f.push('facword');
  if (EVENT_WORDS.has(w)) f.push('eventword');
  if (CALENDAR_WORDS.has(w)) f.push('calendar');
  if (isHonorific(p1)) f.push('honorific-prev');
  if (lookupTitle(p1)) f.push('title-prev');
  if (lookupTitle(w)) f.push('title');
  return f;
}

/** Averaged-perceptron greedy tagger; the model is trained by train/ner-train.ts. */
export class Tagger {
  // A Map beats a 50 k-key object for lookups by freshly built strings; rows sit in one flat array.
  private readonly rows = new Map<string, number>();
  private readonly weights: Float64Array;
  private readonly labels: string[];
  // Scores from row tables instead of feature strings; null when the model has features it does not know.
  private readonly fast: FeatureRows | null;

  constructor(model: NerModel) {
    this.labels = model.labels;
    const n = model.labels.length;
    const keys = Object.keys(model.weights);
    this.weights = new Float64Array(keys.length * n);
    keys.forEach((f, r) => {
      this.rows.set(f, r * n);
      this.weights.set(model.weights[f], r * n);
    });
    this.fast = compile(this.rows, this.labels, shape);
  }

  score(feats: string[]): Float64Array {
    const n = this.labels.length;
    const s = new Float64Array(n);
    const w = this.weights;
    for (const f of feats) {
      const r = this.rows.get(f);
      if (r === undefined) continue;
      for (let k = 0; k < n; k++) s[k] += w[r + k];
    }
    return s;
  }

  private readonly buf = new Int32Array(64);

  /** Scores of the first n rows in `buf`, added in order (the same doubles as `score`), into `s`. */
  scoreRows(n: number, s: Float64Array = new Float64Array(this.labels.length)): Float64Array {
    const k = this.labels.length;
    s.fill(0);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const r = this.buf[i];
      if (r < 0) continue;
      for (let c = 0; c < k; c++) s[c] += w[r + c];
    }
    return s;
  }

  /** Token i's scores through the row tables (null when the model cannot be compiled): for tests. */
  fastScore(words: string[], gaz: string[], i: number, prev: string, prev2: string): Float64Array | null {
    const f = this.fast;
    return f
      ? this.scoreRows(f.rowsOf(words, gaz, i, f.labelIndex(prev), f.labelIndex(prev2), this.buf))
      : null;
  }

  /** BIO labels for a sentence's words (invalid I- after O is read as B-). */
  tag(words: string[]): string[] {
    const gaz = gazetteerTags(words);
    const out: string[] = [];
    const fast = this.fast;
    const start = fast?.labelIndex('<s>') ?? -1;
    const idx: number[] = [];
    const scratch = new Float64Array(this.labels.length);
    for (let i = 0; i < words.length; i++) {
      const s = fast
        ? this.scoreRows(
            fast.rowsOf(words, gaz, i, idx[i - 1] ?? start, idx[i - 2] ?? start, this.buf),
            scratch,
          )
        : this.score(features(words, gaz, i, out[i - 1] ?? '<s>', out[i - 2] ?? '<s>'));
      let best = 0;
      for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
      out.push(this.labels[best]);
      idx.push(best);
    }
    return out;
  }
}

let cached: Tagger | null | undefined;

/** The shipped model, or null when models/ner-perceptron.json is absent. */
export function loadTagger(): Tagger | null {
  if (cached === undefined) {
    cached = existsSync(MODEL_FILE)
      ? new Tagger(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as NerModel)
      : null;
  }
  return cached;
}

/** Spans [from, to) with their type from BIO labels. */
export function spans(labels: string[]): { from: number; to: number; type: string }[] {
  const out: { from: number; to: number; type: string }[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'O') continue;
    const type = labels[i].slice(2);
    let j = i + 1;
    while (j < labels.length && labels[j] === `I-${type}`) j++;
    out.push({ from: i, to: j, type });
    i = j - 1;
  }
  return out;
}
