import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { extract } from '../extract.js';
import { writeGuard } from './auth.js';
import { handleError, httpProblem, sendProblem } from './problems.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { extractRoutes } from './routes/extract.js';
import { findingRoutes } from './routes/findings.js';
import { metaRoutes } from './routes/meta.js';
import { quoteRoutes } from './routes/quotes.js';
import { timexRoutes } from './routes/timexes.js';
import { explorer } from './static.js';
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
/** Builds the Fastify app: API routes, OpenAPI at /openapi.json, docs UI at /docs, the explorer at /. */
export async function buildApp(opts) {
    const app = Fastify({
        logger: opts.logger ?? false,
        bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
        // Lists take ?a=1&a=2 as the last value; nothing here wants arrays from the query string.
        routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
        ajv: { customOptions: { coerceTypes: true, removeAdditional: true, allErrors: false } },
    });
    // text/plain is parsed by Fastify already; HTML arrives as the article itself.
    app.addContentTypeParser('text/html', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    app.setErrorHandler(handleError);
    app.setNotFoundHandler((req, reply) => sendProblem(reply, httpProblem(404, `no route or file for ${req.method} ${req.url}`, req.url)));
    app.addHook('onSend', async (_req, reply, payload) => {
        reply.header('X-Content-Type-Options', 'nosniff');
        return payload;
    });
    await app.register(swagger, {
        openapi: {
            info: {
                title: 'Dateline API',
                version: '1',
                description: 'News articles as evidence-linked records: every record points into the text by offsets.',
            },
            components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    const deps = {
        store: opts.store,
        extract: opts.extract ?? extract,
        guardWrite: writeGuard({ token: opts.token, open: opts.open }),
    };
    for (const routes of [
        metaRoutes,
        documentRoutes,
        extractRoutes,
        quoteRoutes,
        entityRoutes,
        eventRoutes,
        timexRoutes,
        claimRoutes,
        findingRoutes,
    ]) {
        await app.register(routes, deps);
    }
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await app.register(explorer, { root: opts.webRoot });
    return app;
}
