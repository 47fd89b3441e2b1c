import { Type as T } from '@sinclair/typebox';
import { EventRowSchema, IsoDate } from '../schemas.js';
import { docFilter, listRoute } from './list-route.js';
const Query = T.Object({
    actor: T.Optional(T.String({ maxLength: 200, description: 'part of an actor name, or an actor code prefix' })),
    code: T.Optional(T.String({ maxLength: 40, description: 'CAMEO code prefix or PLOVER type' })),
    from: T.Optional(IsoDate),
    to: T.Optional(IsoDate),
    ...docFilter,
});
/** `GET /events?actor&code&from&to&doc` */
export const eventRoutes = async (app, { store }) => {
    listRoute(app, '/events', { summary: 'Events: who did what to whom, when', tag: 'layers', query: Query, row: EventRowSchema }, (q, limit, offset) => store.events({ actor: q.actor, code: q.code, from: q.from, to: q.to, docId: q.doc, limit, offset }));
};
