export * from './model/index.js';
export { buildPipeline, orderStages, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export type { Stage } from './pipeline/stage.js';
export { ALL_STAGES, STAGE_NAMES } from './stages/index.js';
export { type TimeSpeed, timeTexts } from './stages/time/speed.js';
