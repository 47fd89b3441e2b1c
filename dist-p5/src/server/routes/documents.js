import { Type as T } from '@sinclair/typebox';
import { DatelineError } from '../../model/errors.js';
import { fetchPage } from '../paging.js';
import { httpProblem, sendProblem } from '../problems.js';
import { DocBody, DocIdParam, DocRowSchema, IsoDate, PageQuery, ProblemSchema, pageOf, SearchText, } from '../schemas.js';
import { ExtractQuery, extractBody, extractInput, strictValidator } from './input.js';
const ListQuery = T.Object({
    from: T.Optional(IsoDate),
    to: T.Optional(IsoDate),
    q: T.Optional(SearchText),
    ...PageQuery,
});
/** `/documents`: store new articles, list and search them, fetch one whole. */
export const documentRoutes = async (app, { store, extract, guardWrite }) => {
    app.post('/documents', {
        onRequest: guardWrite,
        validatorCompiler: strictValidator,
        schema: {
            summary: 'Extract an article (text, HTML or a JSON record) and store it',
            tags: ['documents'],
            security: [{ bearer: [] }],
            querystring: ExtractQuery,
            body: extractBody,
            response: { 200: DocBody, 201: DocBody, '4xx': ProblemSchema },
        },
    }, async (req, reply) => {
        const { input, opts } = extractInput(req);
        const doc = await extract(input, opts);
        let outcome;
        try {
            outcome = await store.putDoc(doc);
        }
        catch (err) {
            if (err instanceof DatelineError)
                throw err;
            throw new DatelineError('DL_STORE_FAILED', doc.id, err.message, undefined, { cause: err });
        }
        reply.header('Location', `/documents/${encodeURIComponent(doc.id)}`);
        reply.header('Dateline-Stored', outcome);
        return reply.code(outcome === 'inserted' ? 201 : 200).send(doc);
    });
    app.get('/documents', {
        schema: {
            summary: 'List stored documents, newest first; filter by publication date and full text',
            tags: ['documents'],
            querystring: ListQuery,
            response: { 200: pageOf(DocRowSchema), '4xx': ProblemSchema },
        },
    }, async (req) => {
        const { from, to, q } = req.query;
        return fetchPage(req, req.query, (limit, offset) => store.docs({ from, to, search: q, limit, offset }));
    });
    app.get('/documents/:id', {
        schema: {
            summary: 'One stored document with every layer',
            tags: ['documents'],
            params: T.Object({ id: DocIdParam }),
            response: { 200: DocBody, '4xx': ProblemSchema },
        },
    }, async (req, reply) => {
        const doc = await store.getDoc(req.params.id);
        if (!doc)
            return sendProblem(reply, httpProblem(404, `no document ${req.params.id}`, req.url));
        return doc;
    });
};
