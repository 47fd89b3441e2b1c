import { hashString } from './feature-hash.js';

/** Hashed per-word atoms that tagger and parser features are built from. */
export interface WordAtoms {
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

/** Computes the atoms for one sentence. */
export function wordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  const mk = () => new Int32Array(n);
  const a: WordAtoms = {
    lower: mk(),
    form: mk(),
    suffix1: mk(),
    suffix2: mk(),
    suffix3: mk(),
    suffix4: mk(),
    prefix1: mk(),
    prefix2: mk(),
    prefix3: mk(),
    shape: mk(),
  };
  for (let i = 0; i < n; i++) {
    const f = forms[i];
    const l = normalizeWord(f);
    a.lower[i] = hashString(l);
    a.form[i] = hashString(foldQuotes(f));
    a.suffix1[i] = hashString(l.slice(-1));
    a.suffix2[i] = hashString(l.slice(-2));
    a.suffix3[i] = hashString(l.slice(-3));
    a.suffix4[i] = hashString(l.slice(-4));
    a.prefix1[i] = hashString(l.slice(0, 1));
    a.prefix2[i] = hashString(l.slice(0, 2));
    a.prefix3[i] = hashString(l.slice(0, 3));
    a.shape[i] = hashString(wordShape(f));
  }
  return a;
}
