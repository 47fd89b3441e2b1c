import { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/index.js';
import type { ExtractFn } from './context.js';
export interface AppOptions {
    store: Store;
    /** Bearer token for writes; with none, writes are refused unless `open`. */
    token?: string;
    /** Allow writes without a token (local use only). */
    open?: boolean;
    /** Largest request body in bytes (default 2 MiB); larger → 413. */
    bodyLimit?: number;
    /** The extractor (default: src/extract.ts). Tests pass a fake. */
    extract?: ExtractFn;
    /** Where the built explorer lives (default web/dist in the package). */
    webRoot?: string;
    logger?: FastifyServerOptions['logger'];
}
export declare const DEFAULT_BODY_LIMIT: number;
/** Builds the Fastify app: API routes, OpenAPI at /openapi.json, docs UI at /docs, the explorer at /. */
export declare function buildApp(opts: AppOptions): Promise<FastifyInstance>;
