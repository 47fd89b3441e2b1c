import type { Stage } from '../pipeline/stage.js';
/** Every stage Dateline has, in a sensible default order (the pipeline re-orders by needs/makes). */
export declare const ALL_STAGES: readonly Stage[];
export declare const STAGE_NAMES: string[];
