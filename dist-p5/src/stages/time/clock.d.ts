import type { Rule } from './rule.js';
/** Clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "15:00 GMT Saturday". */
export declare const clockRules: Rule[];
