import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gumNews } from '../bench/corpus.js';
import { createDoc, type Doc } from '../src/model/doc.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { type EvalSuite, round } from './suite.js';
import { loadTe3 } from './time-te3.js';

interface Article {
  id: string;
  text: string;
  published: string | null;
}

/**
 * The `number-conflict` finding on real news (GUM news, TBAQ, TE-3 platinum, samples/): how often it fires
 * (every finding is listed for a reader to judge), and, as a recall check, how often it catches a conflict
 * planted by repeating an article's own toll sentence with another figure.
 */
export const suite: EvalSuite = {
  name: 'number-findings',
  describe: 'number-conflict findings on real news: firing rate, findings listed, planted conflicts caught',
  async run(opts) {
    const sets: Record<string, Article[]> = {
      gum: gumNews(),
      tbaq: (loadTe3('train') ?? []).map((d) => ({ id: d.id, text: d.text, published: d.dct })),
      platinum: (loadTe3('test') ?? []).map((d) => ({ id: d.id, text: d.text, published: d.dct })),
      samples: samples(),
    };
    if (!sets.gum.length && !sets.tbaq.length)
      throw new Error('number-findings needs ../shared/data/ (absent here)');
    const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'time', 'claims', 'checks'] });
    const metrics: Record<string, Record<string, number>> = {};
    const notes: string[] = [];
    const missed: string[] = [];
    let all = 0;
    let flaggedAll = 0;
    let planted = 0;
    let caught = 0;
    for (const [name, articles] of Object.entries(sets)) {
      const docs = articles.slice(0, opts.limit ?? undefined);
      let flagged = 0;
      let findings = 0;
      let tolls = 0;
      let withTolls = 0;
      let setPlanted = 0;
      let setCaught = 0;
      for (const a of docs) {
        const doc = run(pipe, a, a.text);
        const counted = doc.claims.filter((c) => c.outcome && !c.unit);
        tolls += counted.length;
        if (counted.length) withTolls++;
        const found = doc.findings.filter((f) => f.kind === 'number-conflict');
        findings += found.length;
        if (found.length) flagged++;
        for (const f of found) {
          const [x, y] = f.evidence.map((e) => sentenceAround(doc, e.start));
          if (name === 'platinum') notes.push(`${name} ${a.id}: ${f.message}`);
          else notes.push(`${name} ${a.id}: ${f.message}\n      | ${x}\n      | ${y}`);
        }
        const plant = plantConflict(doc);
        if (plant && !found.length) {
          setPlanted++;
          const planted = run(pipe, a, plant);
          if (planted.findings.some((f) => f.kind === 'number-conflict')) setCaught++;
          // the test set's texts are not printed (tuning must not read them): its ids only
          else if (name === 'platinum') missed.push(`planted, missed: ${name} ${a.id}`);
          else missed.push(`planted, missed: ${name} ${a.id}: ${plant.slice(plant.lastIndexOf('\n\n') + 2)}`);
        }
      }
      all += docs.length;
      flaggedAll += flagged;
      planted += setPlanted;
      caught += setCaught;
      metrics[name] = {
        docs: docs.length,
        outcome_counts: tolls,
        docs_with_counts: withTolls,
        findings,
        flagged,
        flagged_pct: docs.length ? round((100 * flagged) / docs.length) : 0,
        planted: setPlanted,
        planted_caught: setCaught,
      };
    }
    return {
      suite: 'number-findings',
      n: all,
      metrics: {
        ...metrics,
        flagged_pct: all ? round((100 * flaggedAll) / all) : 0,
        planted_recall_pct: planted ? round((100 * caught) / planted) : 0,
      },
      notes: [
        'outcome_counts = claims tied to killed/injured/arrested/displaced/missing; every finding is listed below to be judged',
        'planted: the first such sentence is repeated at the end with an exact figure its hedge rules out (x1.5+2, or x0.5 for "at least"); caught = a number-conflict fires',
        'ConfliBERT / PLOVER sentences are single sentences with no article to group them by, so they are not used',
        ...notes,
        ...missed,
      ],
    };
  },
};

function run(pipe: Pipeline, a: Article, text: string): Doc {
  return pipe.run(
    createDoc(text, { published: { value: a.published, from: a.published ? 'given' : 'none' } }, a.id),
  );
}

/** The article with its first toll sentence repeated at the end with a figure its hedge does not allow. */
function plantConflict(doc: Doc): string | null {
  const c = doc.claims.find((x) => x.outcome && !x.unit && /\d/.test(doc.text.slice(x.start, x.end)));
  if (!c) return null;
  const s = doc.sentences.find((x) => x.start <= c.start && c.end <= x.end);
  if (!s) return null;
  const digits = /\d[\d,]*(\.\d+)?/.exec(doc.text.slice(c.start, c.end));
  if (!digits || Number(digits[0].replace(/,/g, '')) !== c.value) return null;
  // the hedge goes too: "at least 51" → "24", "about 80" → "122" (an exact figure outside what it allows)
  const from = c.start - s.start;
  const to = c.start + digits.index + digits[0].length - s.start;
  const lower = c.approx === 'more-than' || c.approx === 'at-least';
  if (lower && c.value < 4) return null;
  const changed = String(lower ? Math.floor(c.value / 2) : Math.round(c.value * 1.5) + 2);
  const sentence = doc.text.slice(s.start, s.end);
  const copy = sentence.slice(0, from) + changed + sentence.slice(to);
  return `${doc.text}\n\n${copy}`;
}

function sentenceAround(doc: Doc, offset: number): string {
  const s = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
}

function samples(): Article[] {
  const dir = join(PACKAGE_ROOT, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), published: null }));
}
