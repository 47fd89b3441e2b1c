import { type ArcHybrid, LEFT } from './arc-hybrid.js';

/**
 * Chen & Manning (2014)-style inputs, adapted to arc-hybrid (where b0 has left children): words and XPOS of
 * 18 positions, UPOS of the 6 stack/buffer positions, labels of the 12 child positions.
 */
export const WORD_SLOTS = 18;
export const TAG_SLOTS = 24;
export const LABEL_SLOTS = 12;
export const SLOTS = WORD_SLOTS + TAG_SLOTS + LABEL_SLOTS;

/** Ids shared by every table: no such position, and the artificial root. */
export const NULL_ID = 0;
export const ROOT_ID = 1;

/** Per-sentence ids the features read (index 0 = root, words 1..n). */
export interface SentenceIds {
  words: Int32Array;
  xpos: Int32Array;
  upos: Int32Array;
}

const positions = new Int32Array(WORD_SLOTS);

/** Fills `out[at..at+SLOTS)` with the feature ids of configuration `s`. */
export function extractFeatures(
  s: ArcHybrid,
  ids: SentenceIds,
  out: Int32Array | Uint16Array,
  at: number,
): void {
  const p = positions;
  const s0 = s.s(0);
  const s1 = s.s(1);
  const b0 = s.buf(0);
  p[0] = s0;
  p[1] = s1;
  p[2] = s.s(2);
  p[3] = b0;
  p[4] = s.buf(1);
  p[5] = s.buf(2);
  const l1 = s.l1;
  const r1 = s.r1;
  const k = (a: Int32Array, x: number) => (x < 0 ? -1 : a[x]);
  p[6] = k(l1, s0);
  p[7] = k(r1, s0);
  p[8] = k(s.l2, s0);
  p[9] = k(s.r2, s0);
  p[10] = k(l1, s1);
  p[11] = k(r1, s1);
  p[12] = k(l1, b0);
  p[13] = k(s.l2, b0);
  p[14] = k(l1, k(l1, s0));
  p[15] = k(r1, k(r1, s0));
  p[16] = k(l1, k(l1, b0));
  p[17] = k(s.r2, s1);
  const id = (a: Int32Array, x: number) => (x < 0 ? NULL_ID : x === 0 ? ROOT_ID : a[x]);
  for (let i = 0; i < WORD_SLOTS; i++) out[at + i] = id(ids.words, p[i]);
  const t = at + WORD_SLOTS;
  for (let i = 0; i < WORD_SLOTS; i++) out[t + i] = id(ids.xpos, p[i]);
  for (let i = 0; i < 6; i++) out[t + WORD_SLOTS + i] = id(ids.upos, p[i]);
  const l = t + TAG_SLOTS;
  // label ids are stored +1 (0 = none); children always have labels
  for (let i = 0; i < LABEL_SLOTS; i++) {
    const x = p[6 + i];
    out[l + i] = x < 0 ? NULL_ID : s.labels[x] + 1;
  }
}

/** Direction index of an arc move for the label layer: 0 = LEFT (head b0), 1 = RIGHT (head s1). */
export const direction = (t: number) => (t === LEFT ? 0 : 1);
