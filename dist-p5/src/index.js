export { createPipeline, extract } from './extract.js';
export { decodeBytes, detectPublished, docFromHtml, docFromRecord, docFromText, readInputs, } from './ingest/index.js';
export * from './model/index.js';
export { buildPipeline, orderStages } from './pipeline/pipeline.js';
export * from './scale/index.js';
export { ALL_STAGES, STAGE_NAMES } from './stages/index.js';
export { timeTexts } from './stages/time/speed.js';
export * from './store/index.js';
export { loadSyntaxModel, SyntaxModel } from './syntax/syntax-model.js';
