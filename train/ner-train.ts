/**
 * Trains the NER averaged perceptron (models/ner-perceptron.json) on openly licensed data only:
 * wikigold (CC BY 4.0) except its held-out fifth, and GUM's CC BY/BY-SA genres (train split). CoNLL-2003 is
 * read only by `--check` (dev split), which scores the tagger alone after training.
 * Run: npx tsx train/ner-train.ts [--epochs 8] [--check]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gumSplit, readGum } from '../eval/gum.js';
import { isHeldOutWikigold } from '../eval/ner-wikigold.js';
import { sharedData } from '../src/paths.js';
import { features, gazetteerTags, LABELS, MODEL_FILE, spans, Tagger } from '../src/stages/mentions/tagger.js';
import { lookupCountry } from '../src/text/countries.js';

interface Sentence {
  tokens: string[];
  tags: string[];
  doc_id?: string;
}

function readSentences(file: string): Sentence[] {
  const path = sharedData('ner', file);
  if (!path) throw new Error(`needs ../shared/data/ner/${file}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Sentence);
}

/** GUM genres whose text licence (CC BY / BY-SA) allows a shipped model. */
const GUM_GENRES = /^GUM_(academic|bio|court|interview|news|voyage)_/;
const GUM_TYPES: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG', event: 'MISC' };

/** GUM train-split documents as BIO sentences: proper-noun mentions only (NER's notion of a name). */
export function gumSentences(): Sentence[] {
  const train = gumSplit('train');
  const out: Sentence[] = [];
  for (const d of readGum((n) => GUM_GENRES.test(n) && train.has(n))) {
    const tags = d.tokens.map(() => 'O');
    for (const m of d.mentions) {
      let from = m.from;
      if (d.tokens[from].upos === 'DET') from++;
      const toks = d.tokens.slice(from, m.to);
      const label = GUM_TYPES[m.type] ?? 'MISC';
      const named =
        toks.length > 0 &&
        toks[0].upos === 'PROPN' &&
        toks.every(
          (t) => t.upos === 'PROPN' || (/^(ADP|PUNCT|NUM|CCONJ|DET|PART)$/.test(t.upos) && t.form !== "'s"),
        ) &&
        toks[toks.length - 1].upos === 'PROPN';
      if (!named || tags.slice(from, m.to).some((t) => t !== 'O')) continue;
      for (let k = from; k < m.to; k++) tags[k] = `${k === from ? 'B' : 'I'}-${label}`;
    }
    // CoNLL calls nationality adjectives MISC; GUM does not mark them as mentions.
    d.tokens.forEach((t, k) => {
      if (tags[k] === 'O' && t.upos === 'ADJ' && lookupCountry(t.form)?.kind === 'demonym')
        tags[k] = 'B-MISC';
    });
    for (const [a, b] of d.sentences) {
      out.push({ tokens: d.tokens.slice(a, b).map((t) => t.form), tags: tags.slice(a, b), doc_id: d.name });
    }
  }
  return out;
}

/** Training sentences from the allowed sources: wikigold (CC BY 4.0; not its held-out fifth) and GUM's BY/BY-SA genres. */
export function loadTraining(): Sentence[] {
  const wiki = readSentences('wikigold_all.sentences.jsonl').filter(
    (s) => !isHeldOutWikigold(s.doc_id ?? ''),
  );
  return [...wiki, ...gumSentences()];
}

/** Exact-span micro F1 of the tagger alone over BIO sentences (any type mismatch is an error). */
function spanF1(tagger: Tagger, data: Sentence[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const s of data) {
    const key = (x: { from: number; to: number; type: string }) => `${x.from}:${x.to}:${x.type}`;
    const g = new Set(spans(s.tags).map(key));
    const p = spans(tagger.tag(s.tokens)).map(key);
    gold += g.size;
    pred += p.length;
    tp += p.filter((k) => g.has(k)).length;
  }
  return pred && gold ? (200 * tp) / (pred + gold) : 0;
}

/** Deterministic shuffle (mulberry32) so training is reproducible. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export function train(data: Sentence[], epochs: number): Record<string, number[]> {
  const L = LABELS.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let c = 1;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) {
      v = new Float64Array(L);
      m.set(f, v);
    }
    return v;
  };
  const update = (f: string, k: number, delta: number) => {
    const wv = get(w, f);
    const tv = get(total, f);
    const sv = get(stamp, f);
    tv[k] += (c - sv[k]) * wv[k];
    sv[k] = c;
    wv[k] += delta;
  };
  const gazCache = data.map((s) => gazetteerTags(s.tokens));
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let n = 0;
    for (const si of shuffle(order, 17 + e)) {
      const s = data[si];
      const out: string[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        const feats = features(s.tokens, gazCache[si], i, out[i - 1] ?? '<s>', out[i - 2] ?? '<s>');
        const score = new Float64Array(L);
        for (const f of feats) {
          const v = w.get(f);
          if (v) for (let k = 0; k < L; k++) score[k] += v[k];
        }
        let best = 0;
        for (let k = 1; k < L; k++) if (score[k] > score[best]) best = k;
        const gold = LABELS.indexOf(s.tags[i]);
        if (best !== gold) {
          errors++;
          for (const f of feats) {
            update(f, gold, 1);
            update(f, best, -1);
          }
        }
        c++;
        n++;
        // Predicted history, as at tagging time (gold history taught it to trust perfect previous labels).
        out.push(LABELS[best]);
      }
    }
    process.stderr.write(`epoch ${e + 1}: token error ${((100 * errors) / n).toFixed(2)}%\n`);
  }
  const avg: Record<string, number[]> = {};
  for (const [f, wv] of w) {
    const tv = get(total, f);
    const sv = get(stamp, f);
    const a = Array.from(wv, (x, k) => Math.round((1000 * (tv[k] + (c - sv[k]) * x)) / c) / 1000);
    if (a.some((x) => x !== 0)) avg[f] = a;
  }
  return avg;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const epochs = Number(process.argv[process.argv.indexOf('--epochs') + 1]) || 8;
  const data = loadTraining();
  const weights = train(data, epochs);
  mkdirSync(dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, JSON.stringify({ labels: LABELS, weights }));
  process.stderr.write(`${data.length} sentences, ${Object.keys(weights).length} features → ${MODEL_FILE}\n`);
  if (process.argv.includes('--check')) {
    const tagger = new Tagger({ labels: LABELS, weights });
    const held = readSentences('wikigold_all.sentences.jsonl').filter((s) =>
      isHeldOutWikigold(s.doc_id ?? ''),
    );
    const dev = readSentences('conll2003_dev.sentences.jsonl');
    const f = (x: number) => x.toFixed(2);
    process.stderr.write(
      `tagger alone, span F1: wikigold held-out ${f(spanF1(tagger, held))}, CoNLL dev ${f(spanF1(tagger, dev))}\n`,
    );
  }
}
