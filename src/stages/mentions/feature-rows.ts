import { isHonorific, lookupTitle } from '../../text/actors.js';
import { CALENDAR_WORDS, EVENT_WORDS, FAC_WORDS, LOC_WORDS, ORG_WORDS } from './words.js';

/**
 * The weight rows of `features()` without building its strings: each template's values sit in their own map,
 * and what depends on a word alone is looked up once per distinct word. `rowsOf` yields the rows in the
 * order `features()` lists the features, so the scores add up to the very same doubles.
 * The templates are the ones `features()` writes; `compile` returns null when the model holds any other, and
 * feature-rows.test.ts checks both give the same scores on real sentences.
 */
export interface FeatureRows {
  /**
   * Rows (offsets into the weights) of token i's features, given the two previous labels' indices; returns how
   * many slots of `out` it wrote. A slot holds -1 where the model lacks that feature.
   */
  rowsOf(words: string[], gaz: string[], i: number, prev: number, prev2: number, out: Int32Array): number;
  /** Index of a label (or '<s>') for `prev`/`prev2`. */
  labelIndex(label: string): number;
}

const WORD_TEMPLATES = ['w', 's', 'p3', 'x3', 'x2', 'pw', 'nw', 'pw2', 'nw2', 'ps', 'ns', 'first+s'] as const;
const PAIR_TEMPLATES = ['tt', 't+s', 't+w', 'pw+w'] as const;
const CONSTANTS = [
  'b',
  'first',
  'allcaps-sentence',
  'orgword',
  'orgword-next',
  'locword',
  'facword',
  'eventword',
  'calendar',
  'honorific-prev',
  'title-prev',
  'title',
] as const;
const KNOWN = new Set<string>([...WORD_TEMPLATES, ...PAIR_TEMPLATES, 't', 'g', 'pg', 'ng']);

interface Word {
  lw: string;
  shape: string;
  /** Rows of the word templates, -1 when the model has no such feature. */
  rows: Int32Array;
  /** t+s and t+w rows by previous label index. */
  tShape: Int32Array | undefined;
  tWord: Int32Array | undefined;
  /** pw+w rows of words following this one, by their lower-cased form. */
  nextPair: Map<string, number> | undefined;
  org: boolean;
  loc: boolean;
  fac: boolean;
  event: boolean;
  calendar: boolean;
  honorific: boolean;
  title: boolean;
}

/** Builds the row tables from the model's feature → row map; null when a feature name is not understood. */
export function compile(
  rows: Map<string, number>,
  labels: string[],
  shape: (w: string) => string,
): FeatureRows | null {
  const prevLabels = [...labels, '<s>'];
  const labelIdx = new Map(prevLabels.map((l, k) => [l, k]));
  const nl = prevLabels.length;
  const single = new Map<string, Map<string, number>>();
  const byLabel = new Map<string, Map<string, Int32Array>>();
  const pairs = new Map<string, number>();
  const constRow = new Map<string, number>();
  const tt = new Int32Array(nl * nl).fill(-1);
  for (const [key, row] of rows) {
    const eq = key.indexOf('=');
    if (eq < 0) {
      if (!(CONSTANTS as readonly string[]).includes(key)) return null;
      constRow.set(key, row);
      continue;
    }
    const name = key.slice(0, eq);
    const value = key.slice(eq + 1);
    if (!KNOWN.has(name)) return null;
    if (name === 'tt' || name === 't+s' || name === 't+w') {
      const bar = value.indexOf('|');
      const a = labelIdx.get(value.slice(0, bar));
      if (bar < 0 || a === undefined) return null;
      const rest = value.slice(bar + 1);
      if (name === 'tt') {
        const b = labelIdx.get(rest);
        if (b === undefined) return null;
        tt[a * nl + b] = row;
        continue;
      }
      const m = byLabel.get(name) ?? new Map<string, Int32Array>();
      byLabel.set(name, m);
      const r = m.get(rest) ?? new Int32Array(nl).fill(-1);
      m.set(rest, r);
      r[a] = row;
    } else if (name === 'pw+w') {
      // Kept whole: a word may hold '|', so the key cannot be split safely.
      pairs.set(value, row);
    } else {
      const m = single.get(name) ?? new Map<string, number>();
      single.set(name, m);
      m.set(value, row);
    }
  }
  const t = Int32Array.from(prevLabels, (l) => single.get('t')?.get(l) ?? -1);
  const one = (name: string, value: string) => single.get(name)?.get(value) ?? -1;
  const c = (name: string) => constRow.get(name) ?? -1;
  const [cB, cFirst, cCaps, cOrg, cOrgNext, cLoc, cFac, cEvent, cCal, cHon, cTitlePrev, cTitle] =
    CONSTANTS.map(c);

  const words = new Map<string, Word>();
  const wordOf = (w: string): Word => {
    let x = words.get(w);
    if (x) return x;
    const lw = w.toLowerCase();
    const s = shape(w);
    x = {
      lw,
      shape: s,
      rows: Int32Array.of(
        one('w', lw),
        one('s', s),
        one('p3', lw.slice(0, 3)),
        one('x3', lw.slice(-3)),
        one('x2', lw.slice(-2)),
        one('pw', lw),
        one('nw', lw),
        one('pw2', lw),
        one('nw2', lw),
        one('ps', s),
        one('ns', s),
        one('first+s', s),
      ),
      tShape: byLabel.get('t+s')?.get(s),
      tWord: byLabel.get('t+w')?.get(lw),
      nextPair: undefined,
      org: ORG_WORDS.has(w),
      loc: LOC_WORDS.has(w),
      fac: FAC_WORDS.has(w),
      event: EVENT_WORDS.has(w),
      calendar: CALENDAR_WORDS.has(w),
      honorific: isHonorific(w),
      title: lookupTitle(w) !== undefined,
    };
    if (words.size > 200_000) words.clear();
    words.set(w, x);
    return x;
  };
  const pairRow = (p: Word, w: Word): number => {
    // pw+w keys are `${lower(previous)}|${lower(word)}`; cached on the previous word.
    p.nextPair ??= new Map();
    let r = p.nextPair.get(w.lw);
    if (r === undefined) {
      r = pairs.get(`${p.lw}|${w.lw}`) ?? -1;
      p.nextPair.set(w.lw, r);
    }
    return r;
  };
  const gazRows = (name: string) => {
    const m = single.get(name) ?? new Map<string, number>();
    return (v: string) => m.get(v) ?? -1;
  };
  const gRow = gazRows('g');
  const pgRow = gazRows('pg');
  const ngRow = gazRows('ng');
  const START = '<s>';
  const END = '</s>';
  // Facts of the sentence last seen (the tagger asks for its tokens in turn): looked up once, not per token.
  let capsOf: string[] | undefined;
  let caps = false;
  let sentence: Word[] = [];
  let start: Word | undefined;
  let end: Word | undefined;

  return {
    labelIndex: (label) => labelIdx.get(label) ?? -1,
    rowsOf(ws, gaz, i, prev, prev2, out) {
      if (capsOf !== ws) {
        capsOf = ws;
        caps = true;
        sentence = new Array<Word>(ws.length);
        for (let k = 0; k < ws.length; k++) {
          sentence[k] = wordOf(ws[k]);
          if (caps && /\p{Ll}/u.test(ws[k])) caps = false;
        }
        start ??= wordOf(START);
        end ??= wordOf(END);
      }
      const len = ws.length;
      const w = sentence[i];
      const p1 = i >= 1 ? sentence[i - 1] : (start as Word);
      const p2 = i >= 2 ? sentence[i - 2] : (start as Word);
      const n1 = i + 1 < len ? sentence[i + 1] : (end as Word);
      const n2 = i + 2 < len ? sentence[i + 2] : (end as Word);
      const wr = w.rows;
      // Fixed slots in features() order; a -1 (a feature the model lacks) is skipped when scoring.
      out[0] = cB;
      out[1] = wr[0];
      out[2] = wr[1];
      out[3] = wr[2];
      out[4] = wr[3];
      out[5] = wr[4];
      out[6] = p1.rows[5];
      out[7] = n1.rows[6];
      out[8] = p2.rows[7];
      out[9] = n2.rows[8];
      out[10] = p1.rows[9];
      out[11] = n1.rows[10];
      out[12] = t[prev];
      out[13] = tt[prev2 * nl + prev];
      out[14] = w.tShape ? w.tShape[prev] : -1;
      out[15] = w.tWord ? w.tWord[prev] : -1;
      out[16] = pairRow(p1, w);
      out[17] = gRow(gaz[i]);
      out[18] = pgRow(gaz[i - 1] ?? START);
      out[19] = ngRow(gaz[i + 1] ?? END);
      let n = 20;
      if (i === 0) {
        out[n++] = cFirst;
        out[n++] = wr[11];
      }
      if (caps) out[n++] = cCaps;
      if (w.org) out[n++] = cOrg;
      if (n1.org || n2.org) out[n++] = cOrgNext;
      if (w.loc) out[n++] = cLoc;
      if (w.fac) out[n++] = cFac;
      if (w.event) out[n++] = cEvent;
      if (w.calendar) out[n++] = cCal;
      if (p1.honorific) out[n++] = cHon;
      if (p1.title) out[n++] = cTitlePrev;
      if (w.title) out[n++] = cTitle;
      return n;
    },
  };
}
