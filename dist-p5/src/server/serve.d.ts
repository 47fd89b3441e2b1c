import type { FastifyInstance } from 'fastify';
import { type Store } from '../store/index.js';
import type { ExtractFn } from './context.js';
export interface ServeOptions {
    /** SQLite file or postgres://… (default ./dateline.db); or an open store. */
    db?: string;
    store?: Store;
    host?: string;
    port?: number;
    token?: string;
    open?: boolean;
    extract?: ExtractFn;
    logger?: boolean;
}
/** Opens the store, starts the server and resolves with it and its URL; closing the app closes the store. */
export declare function serve(opts?: ServeOptions): Promise<{
    app: FastifyInstance;
    url: string;
}>;
