import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
import { DocBody, ProblemSchema } from '../schemas.js';
import { ExtractQuery, type ExtractQueryT, extractBody, extractInput, strictValidator } from './input.js';

/** `POST /extract`: the Doc for an article, without storing it. */
export const extractRoutes: FastifyPluginAsync<RouteDeps> = async (app, { extract, guardWrite }) => {
  app.post<{ Querystring: ExtractQueryT }>(
    '/extract',
    {
      onRequest: guardWrite,
      validatorCompiler: strictValidator,
      schema: {
        summary: 'Extract an article (text, HTML or a JSON record) without storing it',
        tags: ['documents'],
        security: [{ bearer: [] }],
        querystring: ExtractQuery,
        body: extractBody,
        response: { 200: DocBody, '4xx': ProblemSchema },
      },
    },
    async (req) => {
      const { input, opts } = extractInput(req);
      return extract(input, opts);
    },
  );
};
