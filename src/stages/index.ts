import type { Stage } from '../pipeline/stage.js';
import { claims } from './claims/index.js';
import { events } from './events/index.js';
import { segment } from './segment/index.js';

/** Every stage Dateline has, in a sensible default order (the pipeline re-orders by needs/makes). */
export const ALL_STAGES: readonly Stage[] = [segment, claims, events];

export const STAGE_NAMES = ALL_STAGES.map((s) => s.name);
