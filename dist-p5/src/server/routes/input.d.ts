import { type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { ExtractOptions } from '../context.js';
/** Metadata for a text or HTML body travels in the query string. */
export declare const ExtractQuery: import("@sinclair/typebox").TObject<{
    published: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    only: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
export type ExtractQueryT = Static<typeof ExtractQuery>;
/** A JSON record: the same fields as a JSONL line for `dateline ingest`. */
export declare const RecordBody: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    published: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    html: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
/** Body schema per content type (text/plain and text/html are the article itself). */
export declare const extractBody: {
    content: {
        'application/json': {
            schema: import("@sinclair/typebox").TObject<{
                id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                published: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                html: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>;
        };
        'text/plain': {
            schema: import("@sinclair/typebox").TString;
        };
        'text/html': {
            schema: import("@sinclair/typebox").TString;
        };
    };
};
/** The article and the options for `extract()` from a request of any accepted content type. */
export declare function extractInput(req: FastifyRequest<{
    Querystring: ExtractQueryT;
}>): {
    input: string;
    opts: ExtractOptions;
};
/** Route-level validator for the write routes: strict types for the body and the (all-string) query. */
export declare const strictValidator: ({ schema }: {
    schema: object;
}) => import("ajv").ValidateFunction<unknown>;
