import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type as T } from '@sinclair/typebox';
import { SCHEMA_ID } from '../../model/schema.js';
import { PACKAGE_ROOT } from '../../paths.js';
const VERSION = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
/** `GET /health` and `GET /version`. */
export const metaRoutes = async (app, { store }) => {
    app.get('/health', {
        schema: {
            summary: 'Liveness, with the store backend and its counts',
            tags: ['meta'],
            response: {
                200: T.Object({
                    status: T.Literal('ok'),
                    backend: T.String(),
                    docs: T.Integer(),
                    quotes: T.Integer(),
                    entities: T.Integer(),
                    events: T.Integer(),
                    findings: T.Integer(),
                }),
            },
        },
    }, async () => {
        const s = await store.stats();
        return { status: 'ok', backend: store.backend, ...s };
    });
    app.get('/version', {
        schema: {
            summary: 'Dateline version and the Doc schema id',
            tags: ['meta'],
            response: { 200: T.Object({ name: T.String(), version: T.String(), schema: T.String() }) },
        },
    }, async () => ({ name: 'dateline', version: VERSION, schema: SCHEMA_ID }));
};
