import { hashRange, hashString } from './feature-hash.js';

/** Hashed per-word atoms that tagger and parser features are built from. */
export interface WordAtoms {
  /** normalised forms (`normalizeWord`): the tagger's lexicon keys */
  norm: string[];
  /** lower-cased form */
  lower: Int32Array;
  /** form as written */
  form: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  shape: Int32Array;
  /** Each word's memo record (the same object wherever its form occurs, until the memo starts over). */
  records: FormAtoms[];
}

/** Words that begin or end past the sentence edges. */
export const BEFORE = 0x5eed1;
export const AFTER = 0x5eed2;

/** Digits fold to 0 so numbers share statistics ("1,250" ≈ "3,700"). */
export function normalizeWord(w: string): string {
  const lower = foldQuotes(w.toLowerCase());
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** Curly quotes read as the straight ones the treebanks mostly use ("Russia’s" ≈ "Russia's"). */
export function foldQuotes(w: string): string {
  return /[\u2018\u2019\u201c\u201d]/.test(w)
    ? w.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
    : w;
}

/** Word shape: character classes with runs collapsed ("Ki-Moon" → "Xx-Xx", "2020" → "d"). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toUpperCase() ? 'U' : 'u';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 8) break;
  }
  return out;
}

/** `hashString(wordShape(w))` without building the shape, for ASCII words (others take that path). */
export function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let len = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (ch > 0x7f) return hashString(wordShape(w));
    const c = ch >= 97 && ch <= 122 ? 120 : ch >= 65 && ch <= 90 ? 88 : ch >= 48 && ch <= 57 ? 100 : ch;
    if (c === last) continue;
    last = c;
    h ^= c;
    h = Math.imul(h, 0x01000193);
    if (++len > 8) break;
  }
  return h | 0;
}

/** A form's normalised string and its ten hashes (lower, form, suffix1–4, prefix1–3, shape), once per form. */
export interface FormAtoms {
  readonly norm: string;
  readonly h: Int32Array;
  /** What a tagger keeps of this form (`Tagger`), so that it needs no look-ups of its own by the form. */
  note: FormNote | null;
}

/** A tagger's per-form values: valid for `owner` only; memo offsets only while their memo's `gen` matches. */
export interface FormNote {
  owner: object;
  /** Ambiguity class and tag-lexicon entry of the normalised form. */
  cls: number;
  known: [number, number] | undefined;
  /** Offsets of the form's score groups in the tagger's memos (as the word, the word before, the word after). */
  w: number;
  wGen: number;
  l: number;
  lGen: number;
  r: number;
  rGen: number;
}
const formAtoms = new Map<string, FormAtoms>();
/** Forms kept (≈ 150 bytes each); the memo starts over when full. */
const FORM_MEMO = 20_000;

function atomsOf(f: string): FormAtoms {
  let e = formAtoms.get(f);
  if (e) return e;
  const l = normalizeWord(f);
  const len = l.length;
  const h = new Int32Array(10);
  h[0] = hashString(l);
  h[1] = hashString(foldQuotes(f));
  // affixes hashed in place: the same values as hashing l.slice(-k) / l.slice(0, k)
  h[2] = hashRange(l, Math.max(0, len - 1), len);
  h[3] = hashRange(l, Math.max(0, len - 2), len);
  h[4] = hashRange(l, Math.max(0, len - 3), len);
  h[5] = hashRange(l, Math.max(0, len - 4), len);
  h[6] = hashRange(l, 0, Math.min(1, len));
  h[7] = hashRange(l, 0, Math.min(2, len));
  h[8] = hashRange(l, 0, Math.min(3, len));
  h[9] = shapeHash(f);
  e = { norm: l, h, note: null };
  if (formAtoms.size >= FORM_MEMO) formAtoms.clear();
  formAtoms.set(f, e);
  return e;
}

/** Computes the atoms for one sentence (each form's atoms are a pure function of it, kept in a memo). */
export function wordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  // one backing store for the ten arrays: a typed array over 64 bytes gets its own off-heap allocation
  const all = new Int32Array(10 * n);
  const a: WordAtoms = {
    norm: new Array<string>(n),
    lower: all.subarray(0, n),
    form: all.subarray(n, 2 * n),
    suffix1: all.subarray(2 * n, 3 * n),
    suffix2: all.subarray(3 * n, 4 * n),
    suffix3: all.subarray(4 * n, 5 * n),
    suffix4: all.subarray(5 * n, 6 * n),
    prefix1: all.subarray(6 * n, 7 * n),
    prefix2: all.subarray(7 * n, 8 * n),
    prefix3: all.subarray(8 * n, 9 * n),
    shape: all.subarray(9 * n, 10 * n),
    records: new Array<FormAtoms>(n),
  };
  for (let i = 0; i < n; i++) {
    const e = atomsOf(forms[i]);
    const { norm, h } = e;
    a.records[i] = e;
    a.norm[i] = norm;
    a.lower[i] = h[0];
    a.form[i] = h[1];
    a.suffix1[i] = h[2];
    a.suffix2[i] = h[3];
    a.suffix3[i] = h[4];
    a.suffix4[i] = h[5];
    a.prefix1[i] = h[6];
    a.prefix2[i] = h[7];
    a.prefix3[i] = h[8];
    a.shape[i] = h[9];
  }
  return a;
}
