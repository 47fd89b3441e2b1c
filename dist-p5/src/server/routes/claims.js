import { Type as T } from '@sinclair/typebox';
import { ClaimRowSchema, SearchText } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({ q: T.Optional(SearchText), ...docFilter });
/** `GET /claims?q&doc` */
export const claimRoutes = async (app, { store }) => {
    listRoute(app, '/claims', { summary: 'Numeric claims and what they count', tag: 'layers', query: Query, row: ClaimRowSchema }, (q, limit, offset) => store.claims({ search: q.q, docId: q.doc, limit, offset }));
};
