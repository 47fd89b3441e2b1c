import { Type as T } from '@sinclair/typebox';
import { IsoDate, SearchText, TimexRowSchema } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({
    type: T.Optional(T.String({ maxLength: 20, description: 'DATE, TIME, DURATION, SET' })),
    q: T.Optional(SearchText),
    from: T.Optional(IsoDate),
    to: T.Optional(IsoDate),
    ...docFilter,
});
/** `GET /timexes?type&q&from&to&doc` */
export const timexRoutes = async (app, { store }) => {
    listRoute(app, '/timexes', { summary: 'TIMEX3 time expressions', tag: 'layers', query: Query, row: TimexRowSchema }, (q, limit, offset) => store.timexes({ type: q.type, search: q.q, from: q.from, to: q.to, docId: q.doc, limit, offset }));
};
