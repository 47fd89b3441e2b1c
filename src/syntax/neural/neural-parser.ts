import { gunzipSync, gzipSync } from 'node:zlib';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';
import { direction, extractFeatures, NULL_ID, type SentenceIds, SLOTS } from './features.js';
import { type NetShape, Network } from './network.js';
import { WordVocab } from './vocab.js';

/** A parse: 1-based heads (0 = root) and label ids, arrays of length n. */
export interface NeuralParse {
  heads: Int32Array;
  labels: Int32Array;
}

interface Header {
  format: 'dateline-parser-nn/1';
  shape: NetShape;
  words: string[];
  xpos: string[];
  upos: string[];
  labels: string[];
  info: Record<string, unknown>;
}

/** Greedy arc-hybrid parser scored by a feed-forward network (see docs/parser.md, session 7). */
export class NeuralParser {
  readonly rootLabel: number;
  private readonly xposIndex: Map<string, number>;
  private readonly uposIndex: Map<string, number>;
  private readonly state = new ArcHybrid();
  private readonly f = new Int32Array(SLOTS);
  private h: Float32Array;
  private readonly z = new Float32Array(3);

  constructor(
    readonly vocab: WordVocab,
    readonly xposTags: string[],
    readonly uposTags: string[],
    readonly labelNames: string[],
    readonly net: Network,
    readonly info: Record<string, unknown> = {},
  ) {
    this.rootLabel = labelNames.indexOf('root');
    // tag ids: 0 NULL, 1 ROOT, then XPOS, then UPOS
    this.xposIndex = new Map(xposTags.map((t, i) => [t, 2 + i]));
    this.uposIndex = new Map(uposTags.map((t, i) => [t, 2 + xposTags.length + i]));
    this.h = new Float32Array(net.H);
  }

  /** Tag-table size for these tag sets. */
  static tagCount(xpos: number, upos: number): number {
    return 2 + xpos + upos;
  }

  /** Ids of one sentence (index 0 = root). */
  ids(forms: readonly string[], xpos: readonly string[], upos: readonly string[]): SentenceIds {
    const n = forms.length;
    const out = { words: new Int32Array(n + 1), xpos: new Int32Array(n + 1), upos: new Int32Array(n + 1) };
    for (let i = 0; i < n; i++) {
      out.words[i + 1] = this.vocab.id(forms[i]);
      out.xpos[i + 1] = this.xposIndex.get(xpos[i]) ?? NULL_ID;
      out.upos[i + 1] = this.uposIndex.get(upos[i]) ?? NULL_ID;
    }
    return out;
  }

  /** Parses a tagged sentence greedily. */
  parse(forms: readonly string[], xpos: readonly string[], upos: readonly string[]): NeuralParse {
    const ids = this.ids(forms, xpos, upos);
    const n = forms.length;
    const s = this.state;
    const { f, h, z, net } = this;
    s.reset(n);
    while (!s.done()) {
      extractFeatures(s, ids, f, 0);
      net.hidden(f, h);
      let t = s.onlyValid();
      if (t < 0) {
        net.moveScores(h, z);
        t = SHIFT;
        let best = -Infinity;
        for (let c = 0; c < 3; c++) {
          if (s.valid(c) && z[c] > best) {
            best = z[c];
            t = c;
          }
        }
      }
      let label = -1;
      if (t === LEFT || t === RIGHT) {
        const toRoot = t === RIGHT && s.sp === 2;
        label = toRoot ? this.rootLabel : net.bestLabel(h, direction(t), this.rootLabel);
      }
      s.apply(t, label);
    }
    return { heads: s.heads.slice(1, n + 1), labels: s.labels.slice(1, n + 1) };
  }

  /** Serialises to gzip: [u32 header length][JSON header][float32 parameters in `Network.params` order]. */
  save(): Buffer {
    const header: Header = {
      format: 'dateline-parser-nn/1',
      shape: this.net.shape,
      words: this.vocab.words,
      xpos: this.xposTags,
      upos: this.uposTags,
      labels: this.labelNames,
      info: this.info,
    };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const parts = this.net.params().map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength));
    return gzipSync(Buffer.concat([len, json, ...parts]), { level: 9 });
  }

  /** Reads a parser saved by `save`; precomputes the first layer for the `K` most frequent words. */
  static fromBuffer(data: Uint8Array, K = 4000): NeuralParser {
    const raw = gunzipSync(data);
    const len = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as Header;
    if (header.format !== 'dateline-parser-nn/1')
      throw new Error(`not a neural parser model: ${header.format}`);
    const net = new Network(header.shape);
    let at = 4 + len;
    for (const p of net.params()) {
      const bytes = raw.subarray(at, at + p.byteLength);
      p.set(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
      at += p.byteLength;
    }
    if (K > 0) net.precompute(K);
    return new NeuralParser(
      new WordVocab(header.words),
      header.xpos,
      header.upos,
      header.labels,
      net,
      header.info,
    );
  }
}
