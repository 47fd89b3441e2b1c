import { Type as T } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
import { QuoteRowSchema, SearchText } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';

const Query = T.Object({
  speaker: T.Optional(T.String({ maxLength: 200, description: "part of the speaker's name" })),
  q: T.Optional(SearchText),
  ...docFilter,
});
type QueryT = { speaker?: string; q?: string; doc?: string };

/** `GET /quotes?speaker&q&doc` */
export const quoteRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store }) => {
  listRoute<QueryT>(
    app,
    '/quotes',
    { summary: 'Quotes, by speaker name and full text', tag: 'layers', query: Query, row: QuoteRowSchema },
    (q, limit, offset) => store.quotes({ speaker: q.speaker, search: q.q, docId: q.doc, limit, offset }),
  );
};
