import { DocBody, ProblemSchema } from '../schemas.js';
import { ExtractQuery, extractBody, extractInput, strictValidator } from './input.js';
/** `POST /extract`: the Doc for an article, without storing it. */
export const extractRoutes = async (app, { extract, guardWrite }) => {
    app.post('/extract', {
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
    }, async (req) => {
        const { input, opts } = extractInput(req);
        return extract(input, opts);
    });
};
