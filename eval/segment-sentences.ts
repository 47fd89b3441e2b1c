import { readFileSync } from 'node:fs';
import { createDoc } from '../src/model/doc.js';
import { sharedData } from '../src/paths.js';
import { segment } from '../src/stages/segment/index.js';
import { type EvalResult, type EvalSuite, prf } from './suite.js';

const FILES: Record<string, string> = {
  test: 'conll2003_test.docs.jsonl',
  dev: 'conll2003_dev.docs.jsonl',
  train: 'conll2003_train.docs.jsonl',
  wikigold: 'wikigold_all.docs.jsonl',
};

interface GoldDoc {
  text: string;
  sentences: { start: number; end: number }[];
}

/**
 * Sentence boundaries of the segment stage on raw newswire text with its line breaks: CoNLL-2003 documents
 * (headline, byline and dateline lines, then one sentence per line) and WikiGold. A sentence counts when
 * its span equals a gold sentence's (trailing spaces of the gold span left out).
 */
export const suite: EvalSuite = {
  name: 'segment-sentences',
  describe: 'segment: sentence boundaries on CoNLL-2003 documents (test; --split dev|train|wikigold)',
  async run(opts): Promise<EvalResult> {
    const split = opts.split ?? 'test';
    const file = FILES[split];
    if (!file) throw new Error(`segment-sentences: no split "${split}" (${Object.keys(FILES).join(', ')})`);
    const path = sharedData('ner', file);
    if (!path) return { suite: 'segment-sentences', n: 0, metrics: {}, notes: ['needs ../shared/data/ner'] };
    let docs = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldDoc);
    if (opts.limit) docs = docs.slice(0, opts.limit);
    let gold = 0;
    let predicted = 0;
    let hits = 0;
    for (const d of docs) {
      const doc = createDoc(d.text);
      segment.run(doc);
      const spans = new Set(
        d.sentences.map((s) => `${s.start}:${s.start + d.text.slice(s.start, s.end).trimEnd().length}`),
      );
      gold += spans.size;
      predicted += doc.sentences.length;
      hits += doc.sentences.filter((s) => spans.has(`${s.start}:${s.end}`)).length;
    }
    return {
      suite: 'segment-sentences',
      n: docs.length,
      metrics: { sentences: prf(hits, predicted, gold), gold_sentences: gold, our_sentences: predicted },
      notes: [`${file}: exact sentence spans; text as given, line breaks kept`],
    };
  },
};
