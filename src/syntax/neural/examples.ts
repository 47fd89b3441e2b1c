import { ArcHybrid, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';
import { direction, extractFeatures, type SentenceIds, SLOTS } from './features.js';
import type { Network } from './network.js';
import type { Examples } from './trainer.js';

/**
 * Training sentences as ids, packed in flat arrays (shareable with training workers). Sentence i holds
 * entries starts[i]..starts[i+1] (n + 1 of them, entry 0 the root); its 2n configurations are examples
 * firstExample[i]..firstExample[i] + 2n.
 */
export interface PackedSentences {
  count: number;
  starts: Int32Array;
  firstExample: Int32Array;
  words: Int32Array;
  xpos: Int32Array;
  upos: Int32Array;
  /** Gold heads (0 = root). */
  heads: Int32Array;
  /** Gold label ids. */
  labels: Int32Array;
}

type Alloc = (bytes: number) => ArrayBufferLike;
const plain: Alloc = (bytes) => new ArrayBuffer(bytes);
/** Allocates shared memory, for arrays that training workers read or write. */
export const sharedAlloc: Alloc = (bytes) => new SharedArrayBuffer(bytes);

/** Room for `count` examples. */
export function allocExamples(count: number, alloc: Alloc = plain): Examples {
  return {
    count,
    feats: new Uint16Array(alloc(2 * count * SLOTS)),
    valid: new Uint8Array(alloc(count)),
    gold: new Uint8Array(alloc(count)),
    dir: new Int8Array(alloc(count)),
    label: new Int16Array(alloc(2 * count)),
  };
}

/** Packs sentences given as per-sentence ids, gold heads and gold label ids. */
export function packSentences(
  sents: readonly { ids: SentenceIds; heads: ArrayLike<number>; labels: ArrayLike<number> }[],
  alloc: Alloc = plain,
): PackedSentences {
  const total = sents.reduce((n, s) => n + s.ids.words.length, 0);
  const ints = (n: number) => new Int32Array(alloc(4 * n));
  const p: PackedSentences = {
    count: sents.length,
    starts: ints(sents.length + 1),
    firstExample: ints(sents.length + 1),
    words: ints(total),
    xpos: ints(total),
    upos: ints(total),
    heads: ints(total),
    labels: ints(total),
  };
  let at = 0;
  let e = 0;
  sents.forEach((s, i) => {
    const n = s.ids.words.length - 1;
    p.starts[i] = at;
    p.firstExample[i] = e;
    p.words.set(s.ids.words, at);
    p.xpos.set(s.ids.xpos, at);
    p.upos.set(s.ids.upos, at);
    for (let k = 0; k < n; k++) {
      p.heads[at + 1 + k] = s.heads[k];
      p.labels[at + 1 + k] = s.labels[k];
    }
    at += n + 1;
    e += 2 * n;
  });
  p.starts[sents.length] = at;
  p.firstExample[sents.length] = e;
  return p;
}

/** Options of an exploring pass: how often a wrong prediction is followed, the root label, a PRNG. */
export interface ExploreOptions {
  /** Probability of following the network's move when it is wrong (0: always a correct move). */
  explore: number;
  rootLabel: number;
  random: () => number;
}

/**
 * Writes the examples of sentences i ≡ part (mod parts). With `net` null, the static oracle's path (one
 * correct move); otherwise the dynamic oracle's (Goldberg & Nivre 2012): the path the network takes,
 * exploring its mistakes with probability `explore`, every zero-cost move being correct.
 */
export function writeExamples(
  sents: PackedSentences,
  ex: Examples,
  net: Network | null,
  opts: ExploreOptions,
  part = 0,
  parts = 1,
): void {
  const state = new ArcHybrid();
  const feats = new Int32Array(SLOTS);
  const h = net ? new Float32Array(net.H) : null;
  const z = new Float32Array(3);
  const cost = new Int32Array(3);
  for (let i = part; i < sents.count; i += parts) {
    const from = sents.starts[i];
    const to = sents.starts[i + 1];
    const n = to - from - 1;
    const ids = {
      words: sents.words.subarray(from, to),
      xpos: sents.xpos.subarray(from, to),
      upos: sents.upos.subarray(from, to),
    };
    const gh = sents.heads.subarray(from, to);
    const gl = sents.labels.subarray(from, to);
    let e = sents.firstExample[i];
    state.reset(n);
    while (!state.done()) {
      extractFeatures(state, ids, feats, 0);
      ex.feats.set(feats, e * SLOTS);
      let valid = 0;
      for (let c = 0; c < 3; c++) if (state.valid(c)) valid |= 1 << c;
      ex.valid[e] = valid;
      const only = state.onlyValid();
      let scored = false;
      let t = only;
      let gold = 0;
      if (only < 0) {
        let min = 1 << 30;
        for (let c = 0; c < 3; c++) {
          if (!(valid & (1 << c))) continue;
          cost[c] = state.cost(c, gh);
          if (cost[c] < min) min = cost[c];
        }
        for (let c = 0; c < 3; c++) if (valid & (1 << c) && cost[c] === min) gold |= 1 << c;
        if (net && h) {
          net.hidden(feats, h);
          net.moveScores(h, z);
          scored = true;
          t = best(z, valid);
          if (!(gold & (1 << t)) && !(opts.explore > 0 && opts.random() < opts.explore)) t = best(z, gold);
        } else t = state.oracle(gh);
        if (!net) gold = 1 << t;
      }
      ex.gold[e] = gold;
      ex.dir[e] = -1;
      let label = -1;
      if (t === LEFT || t === RIGHT) {
        const d = state.s(0);
        const head = t === LEFT ? state.buf(0) : state.s(1);
        if (t === RIGHT && state.sp === 2) label = opts.rootLabel;
        else if (gh[d] === head) {
          label = gl[d];
          ex.dir[e] = direction(t);
          ex.label[e] = label;
        } else if (net && h) {
          if (!scored) net.hidden(feats, h);
          label = net.bestLabel(h, direction(t), opts.rootLabel);
        } else {
          // the static oracle's non-gold arcs (non-projective trees) still learn the dependent's label
          label = gl[d];
          ex.dir[e] = direction(t);
          ex.label[e] = label;
        }
      }
      state.apply(t, label);
      e++;
    }
  }
}

/** The highest-scoring move among those in `mask`. */
function best(z: Float32Array, mask: number): number {
  let t = SHIFT;
  let max = -Infinity;
  for (let c = 0; c < 3; c++) {
    if (mask & (1 << c) && z[c] > max) {
      max = z[c];
      t = c;
    }
  }
  return t;
}
