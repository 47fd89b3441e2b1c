import { Type as T } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
import { FindingRowSchema } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';

const Query = T.Object({
  kind: T.Optional(T.String({ maxLength: 60, description: 'e.g. stale-dateline' })),
  ...docFilter,
});
type QueryT = { kind?: string; doc?: string };

/** `GET /findings?kind&doc` */
export const findingRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store }) => {
  listRoute<QueryT>(
    app,
    '/findings',
    { summary: 'What the checks found in the content', tag: 'layers', query: Query, row: FindingRowSchema },
    (q, limit, offset) => store.findings({ kind: q.kind, docId: q.doc, limit, offset }),
  );
};
