import type { FastifyPluginAsync } from 'fastify';
/** Where `npm run build:web` writes the explorer. */
export declare const WEB_ROOT: string;
/** The explorer loads nothing from elsewhere; inline style attributes are its only exception. */
export declare const EXPLORER_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";
/** Serves the built explorer at `/` (files only from its folder; `send` refuses paths that climb out). */
export declare const explorer: FastifyPluginAsync<{
    root?: string;
}>;
