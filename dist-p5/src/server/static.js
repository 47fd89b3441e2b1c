import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { PACKAGE_ROOT } from '../paths.js';
/** Where `npm run build:web` writes the explorer. */
export const WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');
/** The explorer loads nothing from elsewhere; inline style attributes are its only exception. */
export const EXPLORER_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";
const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Dateline</title>
<p>The explorer is not built. Run <code>npm run build:web</code>; the API is at <a href="/docs">/docs</a>.</p>`;
/** Serves the built explorer at `/` (files only from its folder; `send` refuses paths that climb out). */
export const explorer = async (app, opts) => {
    const root = opts.root ?? WEB_ROOT;
    if (!existsSync(join(root, 'index.html'))) {
        app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html').send(NOT_BUILT));
        return;
    }
    await app.register(fastifyStatic, {
        root,
        prefix: '/',
        decorateReply: false,
        index: 'index.html',
        dotfiles: 'deny',
        cacheControl: true,
        maxAge: '1h',
        setHeaders: (reply) => {
            reply.header('Content-Security-Policy', EXPLORER_CSP);
        },
    });
};
