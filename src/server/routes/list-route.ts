import { Type as T, type TObject, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fetchPage } from '../paging.js';
import { DocIdParam, type PageParams, PageQuery, ProblemSchema, pageOf } from '../schemas.js';

/** Filters every layer list accepts besides its own: the document. */
export const docFilter = { doc: T.Optional(DocIdParam) };

/** Registers a paged GET list over one store query. */
export function listRoute<Q>(
  app: FastifyInstance,
  path: string,
  spec: { summary: string; tag: string; query: TObject; row: TSchema },
  query: (q: Q, limit: number, offset: number) => Promise<unknown[]>,
) {
  app.get(
    path,
    {
      schema: {
        summary: spec.summary,
        tags: [spec.tag],
        querystring: T.Object({ ...spec.query.properties, ...PageQuery }),
        response: { 200: pageOf(spec.row), '4xx': ProblemSchema },
      },
    },
    async (req: FastifyRequest) => {
      const q = req.query as Q & PageParams;
      return fetchPage(req, q, (limit, offset) => query(q, limit, offset));
    },
  );
}
