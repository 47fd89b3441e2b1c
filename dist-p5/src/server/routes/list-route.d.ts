import { type TObject, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
/** Filters every layer list accepts besides its own: the document. */
export declare const docFilter: {
    doc: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
};
/** Registers a paged GET list over one store query. */
export declare function listRoute<Q>(app: FastifyInstance, path: string, spec: {
    summary: string;
    tag: string;
    query: TObject;
    row: TSchema;
}, query: (q: Q, limit: number, offset: number) => Promise<unknown[]>): void;
