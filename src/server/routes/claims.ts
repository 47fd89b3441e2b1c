import { Type as T } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
import { ClaimRowSchema, SearchText } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';

const Query = T.Object({ q: T.Optional(SearchText), ...docFilter });
type QueryT = { q?: string; doc?: string };

/** `GET /claims?q&doc` */
export const claimRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store }) => {
  listRoute<QueryT>(
    app,
    '/claims',
    { summary: 'Numeric claims and what they count', tag: 'layers', query: Query, row: ClaimRowSchema },
    (q, limit, offset) => store.claims({ search: q.q, docId: q.doc, limit, offset }),
  );
};
