import { readFileSync } from 'node:fs';
import { createDoc } from '../src/model/doc.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { parseAnchor } from '../src/stages/time/calendar.js';
import { chronoTimexes } from '../src/stages/time/chrono-baseline.js';
import { timeTexts } from '../src/stages/time/speed.js';
import { type EvalSuite, round } from './suite.js';
import { countDoc, emptyCounts, percentMetrics, type ScoredTimex } from './time-score.js';

/** One TempEval-3 document as the shared JSONL holds it. */
export interface Te3Doc {
  id: string;
  /** `train-timebank`, `train-aquaint` or `test-platinum`. */
  split?: string;
  dct: string;
  text: string;
  timexes: (ScoredTimex & { text: string; mod?: string })[];
}

const FILES: Record<string, string> = {
  test: 'tempeval3_test_platinum.jsonl',
  train: 'tempeval3_train_tbaq.jsonl',
  // the two halves of TBAQ, to compare their conventions
  'train-timebank': 'tempeval3_train_tbaq.jsonl',
  'train-aquaint': 'tempeval3_train_tbaq.jsonl',
};

/** Reads a TempEval-3 split (test, train, train-timebank, train-aquaint), or null when ../shared/data is absent. */
export function loadTe3(split = 'test'): Te3Doc[] | null {
  const file = FILES[split];
  if (!file) throw new Error(`time-te3: no split "${split}" (${Object.keys(FILES).join(', ')})`);
  const path = sharedData('timex', file);
  if (!path) return null;
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Te3Doc);
  return split.startsWith('train-') ? docs.filter((d) => d.split === split) : docs;
}

/** The time stage's timexes for each document, run behind segmentation as in the pipeline. */
export async function systemTimexes(docs: readonly Te3Doc[]): Promise<ScoredTimex[][]> {
  const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'time'] });
  return docs.map((d) => {
    const doc = createDoc(d.text, { published: { value: d.dct, from: 'given' } }, d.id);
    return pipe.run(doc).timexes;
  });
}

export const suite: EvalSuite = {
  name: 'time-te3',
  describe:
    'TIMEX3 on TempEval-3 platinum (strict/relaxed extent F1, type and value F1); chrono-node beside it',
  async run(opts) {
    const split = opts.split ?? 'test';
    let docs = loadTe3(split);
    if (!docs) throw new Error('time-te3 needs ../shared/data/timex/ (absent here)');
    if (opts.limit) docs = docs.slice(0, opts.limit);
    const ours = emptyCounts();
    const chrono = emptyCounts();
    const sys = await systemTimexes(docs);
    docs.forEach((d, i) => {
      countDoc(ours, d.timexes, sys[i]);
      countDoc(chrono, d.timexes, chronoTimexes(d.text, parseAnchor(d.dct)));
    });
    const speed = timeTexts(
      docs.map((d) => d.text),
      docs.map((d) => d.dct),
    );
    return {
      suite: 'time-te3',
      n: docs.length,
      metrics: {
        ...percentMetrics(ours),
        chrono: percentMetrics(chrono),
        speed: {
          chars: speed.chars,
          ours_cpu_ms: round(speed.oursMs, 1),
          chrono_cpu_ms: round(speed.chronoMs, 1),
          ratio: round(speed.ratio),
        },
      },
      notes: [
        `gold: ../shared/data/timex/${FILES[split]} (${split}); anchors = each document's DCT`,
        'TempEval-3 Task A rules as in scorer/score_timex.py; value F1 = value accuracy × relaxed F1',
        'chrono = chrono-node 2.x parses mapped directly to TIMEX3 (the baseline)',
        'speed = CPU ms of the time rules vs chrono-node alone on the same texts (best of 5 after warm-up); ratio > 1: ours faster',
      ],
    };
  },
};
