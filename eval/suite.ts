/** What an eval suite prints: `--json` gives exactly this object. */
export interface EvalResult {
  suite: string;
  n: number;
  metrics: Record<string, number | Record<string, number>>;
  /** Where the gold data came from and anything a reader needs to trust the figure. */
  notes?: string[];
}

export interface EvalOptions {
  /** Score on this split instead of the suite's report split (e.g. 'dev' while tuning). */
  split?: string;
  /** Only the first N documents (quick checks). */
  limit?: number;
}

export interface EvalSuite {
  name: string;
  describe: string;
  run(opts: EvalOptions): Promise<EvalResult>;
}

/** Precision, recall and F1 (in percent, 0 when undefined) from counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round(100 * p), r: round(100 * r), f1: round(100 * f1) };
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
