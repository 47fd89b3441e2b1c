import type { Pipeline } from '../src/pipeline/pipeline.js';
import type { Store } from '../src/store/index.js';
import type { FuzzCase } from './cases.js';
/** What one case did: documents that went all the way through, and documents refused with a DatelineError. */
export interface CaseResult {
    stored: number;
    refused: number;
}
/**
 * Runs one case through ingest, the pipeline and the store. Only DatelineErrors may stop a document; anything
 * else (or a broken invariant) throws.
 */
export declare function runCase(c: FuzzCase, pipeline: Pipeline, store: Store): Promise<CaseResult>;
