import { docFromHtml, docFromText, type IngestOptions, looksLikeHtml } from './ingest/index.js';
import type { Doc } from './model/doc.js';
import { buildPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
import { ALL_STAGES } from './stages/index.js';
import { type QuoteConvention, quotesStage } from './stages/quotes/index.js';

/** A frozen pipeline over Dateline's stages (all of them, or `only` some). */
export function createPipeline(opts: PipelineOptions = {}): Promise<Pipeline> {
  return buildPipeline(ALL_STAGES, opts);
}

export interface ExtractOptions extends IngestOptions {
  title?: string;
  url?: string;
  source?: string;
  id?: string;
  /** Treat the input as HTML (otherwise it is sniffed). */
  html?: boolean;
  only?: readonly string[];
  /** Which quotes to keep: `attribution` (every attributed statement) or `speaker` (only quotes with a speaker). */
  quoteConvention?: QuoteConvention;
}

const pipelines = new Map<string, Promise<Pipeline>>();

/** Reads one article (text or HTML) and runs the pipeline on it. Throws DatelineError on bad input. */
export async function extract(input: string, opts: ExtractOptions = {}): Promise<Doc> {
  const convention = opts.quoteConvention;
  const key = `${(opts.only ?? []).join(',')}|${convention ?? ''}`;
  let pipe = pipelines.get(key);
  if (!pipe) {
    const stages = convention
      ? ALL_STAGES.map((s) => (s.name === 'quotes' ? quotesStage({ convention }) : s))
      : ALL_STAGES;
    pipe = buildPipeline(stages, { only: opts.only });
    pipelines.set(key, pipe);
  }
  const meta = {
    title: opts.title,
    url: opts.url,
    source: opts.source,
    id: opts.id,
    published: opts.published,
  };
  const html = opts.html ?? looksLikeHtml(input);
  const doc = html ? docFromHtml(input, meta, opts) : docFromText(input, meta, opts);
  return (await pipe).run(doc);
}
