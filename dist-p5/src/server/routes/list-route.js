import { Type as T } from '@sinclair/typebox';
import { fetchPage } from '../paging.js';
import { DocIdParam, PageQuery, ProblemSchema, pageOf } from '../schemas.js';
/** Filters every layer list accepts besides its own: the document. */
export const docFilter = { doc: T.Optional(DocIdParam) };
/** Registers a paged GET list over one store query. */
export function listRoute(app, path, spec, query) {
    app.get(path, {
        schema: {
            summary: spec.summary,
            tags: [spec.tag],
            querystring: T.Object({ ...spec.query.properties, ...PageQuery }),
            response: { 200: pageOf(spec.row), '4xx': ProblemSchema },
        },
    }, async (req) => {
        const q = req.query;
        return fetchPage(req, q, (limit, offset) => query(q, limit, offset));
    });
}
