import { asserted, docFor, eventPipeline, readRecords } from './events-data.js';
import { type EvalSuite, round } from './suite.js';

/** ConfliBERT's 5-way class from a CAMEO root: 0 01–02, 1 03–05, 2 06–08, 3 09–13 and 16, 4 14–15 and 17–20. */
export function pentaClass(root: string): number {
  const r = Number(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r === 16) return 3;
  return 4;
}

/** ConfliBERT CAMEO sentences: penta-class accuracy of the first scored event (test split by default). */
export const suite: EvalSuite = {
  name: 'events-conflibert',
  describe: 'ConfliBERT CAMEO sentences: 5-class (PentaClass) accuracy; --split train for development',
  async run(opts) {
    const split = opts.split ?? 'test';
    const records = readRecords('conflibert_cameo', `conflibert_cameo_${split}.jsonl`, opts.limit);
    const pipe = await eventPipeline();
    let predicted = 0;
    let right = 0;
    const confusion: Record<string, number> = {};
    let extra = 0;
    for (const r of records) {
      const evs = asserted(docFor(pipe, r));
      // each sentence is labelled with one event: more is over-generation (or compounds, one per actor)
      extra += Math.max(0, evs.length - 1);
      const [first] = evs;
      if (!first) continue;
      predicted++;
      const p = pentaClass(first.cameo.root);
      if (p === r.expected_penta_class) right++;
      const k = `${r.expected_penta_class}->${p}`;
      confusion[k] = (confusion[k] ?? 0) + 1;
    }
    return {
      suite: 'events-conflibert',
      n: records.length,
      metrics: {
        'accuracy (all sentences)': round((100 * right) / records.length),
        'accuracy (sentences with an event)': predicted ? round((100 * right) / predicted) : 0,
        'sentences with an event': round((100 * predicted) / records.length),
        'extra events per sentence': round(extra / records.length),
        'gold->predicted': confusion,
      },
      notes: [
        `Split: ${split}. Gold = eventdata/ConfliBERT data/cameo_class (GPL-3.0; internal evaluation only).`,
        'Sentences with no scored event count as wrong in "all sentences".',
        'Extra events per sentence: scored events beyond the one labelled event (compound actors also count), an over-generation signal.',
      ],
    };
  },
};
