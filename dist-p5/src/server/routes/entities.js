import { Type as T } from '@sinclair/typebox';
import { EntityRowSchema, SearchText } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({
    type: T.Optional(T.String({ maxLength: 20, description: 'PERSON, ORG, GPE …' })),
    q: T.Optional(SearchText),
    ...docFilter,
});
/** `GET /entities?type&q&doc` */
export const entityRoutes = async (app, { store }) => {
    listRoute(app, '/entities', { summary: 'Entities, by type and name', tag: 'layers', query: Query, row: EntityRowSchema }, (q, limit, offset) => store.entities({ type: q.type, search: q.q, docId: q.doc, limit, offset }));
};
