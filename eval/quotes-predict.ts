import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/model/doc.js';
import { DatelineError } from '../src/model/errors.js';
import type { Quote } from '../src/model/schema.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES, STAGE_NAMES } from '../src/stages/index.js';
import { baselineQuotes } from '../src/stages/quotes/baseline.js';
import { findQuotes, type QuoteConvention } from '../src/stages/quotes/index.js';
import { type ScorerDoc, type ScorerQuote, type Subset, scoreQuotes } from './quotes-scorer.js';
import type { EvalResult } from './suite.js';

// Stages the quotes stage can use when they exist (the lead's pipeline adds them as they land).
const BEFORE_QUOTES = ['segment', 'parse', 'mentions', 'entities'];

/** Reads a gold JSONL file of the shared quotes schema. */
export function loadGold(path: string, limit?: number): ScorerDoc[] {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ScorerDoc);
  return limit ? docs.slice(0, limit) : docs;
}

/** One of our quotes in the scorer's exchange format (speaker_name from the speaker's entity). */
export function toScorerQuote(doc: Doc, q: Quote): ScorerQuote {
  const first = q.parts[0];
  const last = q.parts[q.parts.length - 1];
  const entity = q.speaker?.entity === undefined ? undefined : doc.entities[q.speaker.entity];
  return {
    content: { start: first.start, end: last.end },
    content_parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
    source_speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    ...(entity ? { speaker_name: entity.name } : {}),
  };
}

/** The convention a suite scores under: its own, unless DATELINE_QUOTES_CONVENTION names another. */
export function conventionFor(own: QuoteConvention): QuoteConvention {
  const env = process.env.DATELINE_QUOTES_CONVENTION;
  return env === 'attribution' || env === 'speaker' ? env : own;
}

/** Runs our pipeline on every gold text; DATELINE_QUOTES=baseline scores the issue-2 floor instead. */
export async function predict(
  gold: ScorerDoc[],
  convention: QuoteConvention = 'attribution',
): Promise<Map<string, ScorerDoc>> {
  const only = BEFORE_QUOTES.filter((n) => STAGE_NAMES.includes(n));
  const pipe = await buildPipeline(ALL_STAGES, { only });
  const baseline = process.env.DATELINE_QUOTES === 'baseline';
  const out = new Map<string, ScorerDoc>();
  for (const g of gold) {
    const doc = pipe.run(createDoc(g.text ?? '', {}, g.id));
    if (baseline) doc.quotes.push(...baselineQuotes(doc));
    else doc.quotes.push(...findQuotes(doc, { convention }));
    out.set(g.id, { id: g.id, quotes: doc.quotes.map((q) => toScorerQuote(doc, q)) });
  }
  return out;
}

/** Scores predictions on the three subsets and flattens the reference scorer's figures into metrics. */
export function quoteMetrics(suite: string, gold: ScorerDoc[], pred: Map<string, ScorerDoc>): EvalResult {
  const goldMap = new Map(gold.map((d) => [d.id, d]));
  const metrics: EvalResult['metrics'] = {};
  for (const subset of ['all', 'direct+mixed', 'direct'] as Subset[]) {
    const { result } = scoreQuotes(goldMap, pred, { subset });
    const r = result as Record<string, Record<string, number>>;
    metrics[`attributed_e2e.${subset}`] = r.attributed_quote_e2e;
    metrics[`detect_dice.${subset}`] = r['detect_dice>=0.5'];
    metrics[`speaker_acc.${subset}`] = r.speaker_acc_on_matched.combined;
    const cue = result.cue_overlap_acc_on_matched as number | null;
    if (cue !== null) metrics[`cue_acc.${subset}`] = cue;
    if (subset === 'all') {
      metrics['content_soft_chars.all'] = r.content_soft_chars;
      metrics['counts.all'] = r.counts;
    }
  }
  return {
    suite,
    n: gold.length,
    metrics,
    notes: [
      'reference scorer protocol (segment units, Dice >= 0.5, greedy one-to-one); F1 in percent',
      process.env.DATELINE_QUOTES === 'baseline'
        ? 'DATELINE_QUOTES=baseline: the issue-2 floor'
        : 'quotes stage',
    ],
  };
}

/** The gold file or a clear error when ../shared is absent. */
export function needGold(path: string | null, what: string): string {
  if (!path) throw new DatelineError('DL_EVAL_NO_DATA', '-', `needs ../shared/data/quotes/${what}`);
  return path;
}
