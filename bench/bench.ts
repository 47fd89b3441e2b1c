import * as chrono from 'chrono-node';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createPipeline } from '../src/extract.js';
import { createDoc } from '../src/model/doc.js';
import { type BenchText, gumNews } from './corpus.js';

export interface BenchResult {
  corpus: { name: string; docs: number; tokens: number; words: number };
  stages: Record<string, { ms: number; tokensPerSec: number; share: number }>;
  total: { docsPerSec: number; tokensPerSec: number; wordsPerSec: number; peakRssMB: number };
  peers: Record<string, { does: string; tokensPerSec: number; wordsPerSec: number; ratio: string }>;
  rounds: number;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Runs the whole pipeline over the texts `rounds` times after a warm-up; times each stage and two peers. */
export async function bench(texts: BenchText[] = gumNews(), rounds = 3): Promise<BenchResult> {
  const stageMs = new Map<string, number>();
  let counting = false;
  const pipe = await createPipeline({
    onStage: (name, ms) => {
      if (counting) stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
    },
  });
  const runAll = () => {
    let tokens = 0;
    for (const t of texts) {
      const doc = createDoc(t.text, {
        published: { value: t.published, from: t.published ? 'given' : 'none' },
      });
      tokens += pipe.run(doc).tokens.length;
    }
    return tokens;
  };
  runAll(); // warm-up: JIT, lazy lexicons
  counting = true;
  const t0 = performance.now();
  let tokens = 0;
  for (let r = 0; r < rounds; r++) tokens = runAll();
  const secs = (performance.now() - t0) / 1000;
  const totalWords = texts.reduce((n, t) => n + words(t.text), 0);
  const allMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
  const stages = Object.fromEntries(
    [...stageMs].map(([name, ms]) => [
      name,
      {
        ms: Math.round(ms / rounds),
        tokensPerSec: Math.round((tokens * rounds) / (ms / 1000)),
        share: round(ms / allMs),
      },
    ]),
  );
  const tokensPerSec = (tokens * rounds) / secs;
  const peers = timePeers(texts, rounds, tokens, totalWords, tokensPerSec);
  return {
    corpus: { name: 'GUM news (../shared/data/gum)', docs: texts.length, tokens, words: totalWords },
    stages,
    total: {
      docsPerSec: round((texts.length * rounds) / secs),
      tokensPerSec: Math.round(tokensPerSec),
      wordsPerSec: Math.round((totalWords * rounds) / secs),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    peers,
    rounds,
  };
}

function timePeers(texts: BenchText[], rounds: number, tokens: number, totalWords: number, ours: number) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const wink = () => {
    for (const t of texts) nlp.readDoc(t.text).tokens().out(nlp.its.pos);
  };
  const chronoParse = () => {
    for (const t of texts) chrono.parse(t.text, t.published ? new Date(t.published) : new Date());
  };
  const peers: BenchResult['peers'] = {};
  for (const [name, does, fn] of [
    ['wink-nlp', 'sentences, tokens and POS tags only', wink],
    ['chrono-node', 'date expressions only', chronoParse],
  ] as const) {
    fn();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) fn();
    const secs = (performance.now() - t0) / 1000;
    const tps = (tokens * rounds) / secs;
    peers[name] = {
      does,
      tokensPerSec: Math.round(tps),
      wordsPerSec: Math.round((totalWords * rounds) / secs),
      ratio: `dateline full pipeline runs at ${round(ours / tps)}× its speed`,
    };
  }
  return peers;
}

const round = (x: number) => Math.round(x * 100) / 100;
