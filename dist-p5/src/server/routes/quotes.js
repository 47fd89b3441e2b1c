import { Type as T } from '@sinclair/typebox';
import { QuoteRowSchema, SearchText } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({
    speaker: T.Optional(T.String({ maxLength: 200, description: "part of the speaker's name" })),
    q: T.Optional(SearchText),
    ...docFilter,
});
/** `GET /quotes?speaker&q&doc` */
export const quoteRoutes = async (app, { store }) => {
    listRoute(app, '/quotes', { summary: 'Quotes, by speaker name and full text', tag: 'layers', query: Query, row: QuoteRowSchema }, (q, limit, offset) => store.quotes({ speaker: q.speaker, search: q.q, docId: q.doc, limit, offset }));
};
