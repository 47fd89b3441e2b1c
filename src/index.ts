export { createPipeline, type ExtractOptions, extract } from './extract.js';
export {
  decodeBytes,
  detectPublished,
  docFromHtml,
  docFromRecord,
  docFromText,
  type Ingested,
  type IngestOptions,
  readInputs,
} from './ingest/index.js';
export * from './model/index.js';
export { buildPipeline, orderStages, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export type { Stage } from './pipeline/stage.js';
export * from './scale/index.js';
export { ALL_STAGES, STAGE_NAMES } from './stages/index.js';
export { findQuotes, type QuoteConvention, type QuoteOptions, quotesStage } from './stages/quotes/index.js';
export { type TimeSpeed, timeTexts } from './stages/time/speed.js';
export * from './store/index.js';
export { type Analysis, loadSyntaxModel, SyntaxModel } from './syntax/syntax-model.js';
