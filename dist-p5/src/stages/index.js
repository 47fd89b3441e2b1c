import { checks } from './checks/index.js';
import { claims } from './claims/index.js';
import { entities } from './entities/index.js';
import { events } from './events/index.js';
import { mentions } from './mentions/index.js';
import { parse } from './parse/index.js';
import { quotes } from './quotes/index.js';
import { segment } from './segment/index.js';
import { time } from './time/index.js';
/** Every stage Dateline has, in a sensible default order (the pipeline re-orders by needs/makes). */
export const ALL_STAGES = [
    segment,
    parse,
    mentions,
    entities,
    time,
    quotes,
    events,
    claims,
    checks,
];
export const STAGE_NAMES = ALL_STAGES.map((s) => s.name);
