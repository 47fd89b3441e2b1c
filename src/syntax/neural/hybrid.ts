import { type ArcHybridState, SHIFT } from '../arc-hybrid.js';
import type { ParserInput } from '../parser.js';
import type { SyntaxModel } from '../syntax-model.js';
import { wordAtoms } from '../word-atoms.js';
import { ArcHybrid } from './arc-hybrid.js';
import { extractFeatures, SLOTS } from './features.js';
import type { NeuralParse, NeuralParser } from './neural-parser.js';

/** The members of the perceptron `Parser` the trial steps (private there; see `HybridParser`). */
interface PerceptronInternals {
  state: ArcHybridState;
  buf: { n: number; ids: Int32Array };
  transitions: { score(ids: Int32Array, n: number, out: Float32Array): void };
  views(input: ParserInput): { W: Int32Array; T: Int32Array; U: Int32Array };
  features(s: ArcHybridState, W: Int32Array, T: Int32Array, U: Int32Array): void;
  apply(
    s: ArcHybridState,
    t: number,
    W: Int32Array,
    T: Int32Array,
    U: Int32Array,
    input: ParserInput,
    gh: null,
    gl: null,
  ): void;
}

/** Weights of the interpolation: `alpha` on the network's log-probabilities, 1 − alpha on the perceptron's. */
export interface HybridWeights {
  alpha: number;
  /** Temperature dividing the perceptron's move scores before their softmax. */
  tau: number;
}

/**
 * A trial: greedy arc-hybrid decoding on an interpolation of the neural scorer's and the perceptron's move
 * log-probabilities, the perceptron's labeler labelling every arc. It steps the perceptron's own state
 * through members `Parser` keeps private (`PerceptronInternals`), so it is for evaluation only;
 * shipping it would need a public "score the moves of this state" method on `Parser`.
 */
export class HybridParser {
  private readonly f = new Int32Array(SLOTS);
  private readonly z = new Float32Array(3);
  private readonly ps = new Float32Array(4);
  private readonly la = new Float64Array(3);
  private readonly lb = new Float64Array(3);
  /** Per network: its configuration, hidden layer, and perceptron label id → its label id. */
  private readonly nets: { nn: NeuralParser; state: ArcHybrid; h: Float32Array; labelMap: Int32Array }[];

  /** With several networks, their log-probabilities are averaged (an ensemble) before the interpolation. */
  constructor(
    readonly model: SyntaxModel,
    nns: NeuralParser | NeuralParser[],
    public weights: HybridWeights,
  ) {
    this.nets = (Array.isArray(nns) ? nns : [nns]).map((nn) => {
      const index = new Map(nn.labelNames.map((l, i) => [l, i]));
      return {
        nn,
        state: new ArcHybrid(),
        h: new Float32Array(nn.net.H),
        labelMap: Int32Array.from(model.parser.labelNames, (l) => index.get(l) ?? 0),
      };
    });
  }

  /** Tags with the model's tagger and parses with both scorers; heads 1-based, perceptron label ids. */
  analyze(forms: readonly string[]): NeuralParse & { upos: string[] } {
    const atoms = wordAtoms(forms);
    const tagger = this.model.tagger;
    const tags = this.model.tagger.tag(forms, atoms);
    const xpos = Array.from(tags.xpos, (x) => tagger.xposTags[x]);
    const upos = Array.from(tags.upos, (u) => tagger.uposTags[u]);
    const input = { lower: atoms.lower, suffix3: atoms.suffix3, xpos: tags.xpos, upos: tags.upos };
    return { ...this.parse(input, forms, xpos, upos), upos };
  }

  private parse(
    input: ParserInput,
    forms: readonly string[],
    xpos: readonly string[],
    upos: readonly string[],
  ): NeuralParse {
    const p = this.model.parser as unknown as PerceptronInternals;
    const n = forms.length;
    const ps = p.state;
    ps.reset(n);
    const { W, T, U } = p.views(input);
    const buf = p.buf;
    const nets = this.nets;
    const ids = nets.map((x) => {
      x.state.reset(n);
      return x.nn.ids(forms, xpos, upos);
    });
    const { f, z, la } = this;
    const { alpha, tau } = this.weights;
    const share = alpha / nets.length;
    const pz = this.ps;
    while (!ps.done()) {
      let t = ps.onlyValid();
      if (t < 0) {
        buf.n = 0;
        p.features(ps, W, T, U);
        p.transitions.score(buf.ids, buf.n, pz);
        const b = logSoftmax(pz, ps, tau, this.lb);
        const v = [0, 0, 0];
        for (let c = 0; c < 3; c++) v[c] = (1 - alpha) * b[c];
        nets.forEach((x, k) => {
          extractFeatures(x.state, ids[k], f, 0);
          x.nn.net.hidden(f, x.h);
          x.nn.net.moveScores(x.h, z);
          logSoftmax(z, ps, 1, la);
          for (let c = 0; c < 3; c++) v[c] += share * la[c];
        });
        let best = -Infinity;
        for (let c = 0; c < 3; c++) {
          if (ps.valid(c) && v[c] > best) {
            best = v[c];
            t = c;
          }
        }
      }
      const d = t === SHIFT ? -1 : ps.stack[ps.sp - 1];
      p.apply(ps, t, W, T, U, input, null, null);
      for (const x of nets) x.state.apply(t, d < 0 ? -1 : x.labelMap[ps.labels[d]]);
    }
    return { heads: ps.heads.slice(1, n + 1), labels: ps.labels.slice(1, n + 1) };
  }
}

/** Log-softmax of z / tau over the moves valid in state s (invalid ones −∞), into `out`. */
function logSoftmax(
  z: Float32Array,
  s: { valid(t: number): boolean },
  tau: number,
  out: Float64Array,
): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < 3; c++) if (s.valid(c) && z[c] / tau > max) max = z[c] / tau;
  let sum = 0;
  for (let c = 0; c < 3; c++) if (s.valid(c)) sum += Math.exp(z[c] / tau - max);
  const log = Math.log(sum);
  for (let c = 0; c < 3; c++) out[c] = s.valid(c) ? z[c] / tau - max - log : -Infinity;
  return out;
}
