import type { ClaimQuery, DocIdQuery, DocQuery, EntityQuery, EventQuery, FindingQuery, QuoteQuery, TimexQuery } from './store.js';
/** SQL with `?` placeholders and the values bound to them (never spliced into the text). */
export interface Sql {
    sql: string;
    params: unknown[];
}
/** What differs between backends in the list queries: full-text search. */
export interface Dialect {
    /** A condition that the row under `alias` of `table` matches every word of `search`. */
    match(table: 'docs' | 'quotes', alias: string, search: string): Sql;
}
export declare const DEFAULT_LIMIT = 100;
export declare const MAX_LIMIT = 10000;
/** Documents, newest first. */
export declare function docsSql(q: DocQuery, d: Dialect): Sql;
/** Document ids after a key, in id order (keyset paging: each page is an index range scan). */
export declare function docIdsSql(q: DocIdQuery): Sql;
export declare function quotesSql(q: QuoteQuery, d: Dialect): Sql;
export declare function entitiesSql(q: EntityQuery): Sql;
export declare function eventsSql(q: EventQuery): Sql;
export declare function timexesSql(q: TimexQuery): Sql;
export declare function claimsSql(q: ClaimQuery): Sql;
export declare function findingsSql(q: FindingQuery): Sql;
/** The words of a search string, for backends that take a word list. */
export declare function searchWords(search: string): string[];
