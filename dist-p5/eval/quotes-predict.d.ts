import { type Doc } from '../src/model/doc.js';
import type { Quote } from '../src/model/schema.js';
import { type ScorerDoc, type ScorerQuote } from './quotes-scorer.js';
import type { EvalResult } from './suite.js';
/** Reads a gold JSONL file of the shared quotes schema. */
export declare function loadGold(path: string, limit?: number): ScorerDoc[];
/** One of our quotes in the scorer's exchange format (speaker_name from the speaker's entity). */
export declare function toScorerQuote(doc: Doc, q: Quote): ScorerQuote;
/** Runs our pipeline on every gold text; DATELINE_QUOTES=baseline scores the issue-2 floor instead. */
export declare function predict(gold: ScorerDoc[]): Promise<Map<string, ScorerDoc>>;
/** Scores predictions on the three subsets and flattens the reference scorer's figures into metrics. */
export declare function quoteMetrics(suite: string, gold: ScorerDoc[], pred: Map<string, ScorerDoc>): EvalResult;
/** The gold file or a clear error when ../shared is absent. */
export declare function needGold(path: string | null, what: string): string;
