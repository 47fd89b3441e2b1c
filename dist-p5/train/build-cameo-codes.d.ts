import type { CameoCode } from '../src/stages/events/lexicon.js';
/** Parses the shared TSV into our compact rows, keyed by code. */
export declare function readCameoTable(tsv: string): Record<string, CameoCode>;
