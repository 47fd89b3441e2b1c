import { Type as T } from '@sinclair/typebox';
import { FindingRowSchema } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({
    kind: T.Optional(T.String({ maxLength: 60, description: 'e.g. stale-dateline' })),
    ...docFilter,
});
/** `GET /findings?kind&doc` */
export const findingRoutes = async (app, { store }) => {
    listRoute(app, '/findings', { summary: 'What the checks found in the content', tag: 'layers', query: Query, row: FindingRowSchema }, (q, limit, offset) => store.findings({ kind: q.kind, docId: q.doc, limit, offset }));
};
