import type { FastifyRequest } from 'fastify';
import type { PageParams } from './schemas.js';
export interface PageOut<R> {
    items: R[];
    limit: number;
    offset: number;
    next: string | null;
}
/**
 * Runs a store query for one page: asks for one row more than the page to know whether a next page exists,
 * and links to it with the same query string.
 */
export declare function fetchPage<R>(req: FastifyRequest, page: PageParams, query: (limit: number, offset: number) => Promise<R[]>): Promise<PageOut<R>>;
