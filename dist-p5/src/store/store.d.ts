import type { Doc } from '../model/index.js';
import type { ClaimRow, DocRow, EntityRow, EventRow, FindingRow, LayerCounts, QuoteRow, TimexRow } from './rows.js';
/** Paging for every list query: `limit` defaults to 100 (at most 10,000), `offset` to 0. */
export interface Page {
    limit?: number;
    offset?: number;
}
/** Dates are ISO strings compared as text; `to` is inclusive at its own precision ('2020-01' covers January). */
export interface DateRange {
    from?: string;
    to?: string;
}
export interface DocQuery extends Page, DateRange {
    /** Full-text search over title and text (words, all required). */
    search?: string;
}
export interface QuoteQuery extends Page {
    /** Part of the speaker's name, case-insensitive. */
    speaker?: string;
    /** Full-text search over the quote text (words, all required). */
    search?: string;
    docId?: string;
}
export interface EntityQuery extends Page {
    type?: string;
    /** Part of the name, an alias or the first mention, case-insensitive. */
    search?: string;
    docId?: string;
}
export interface EventQuery extends Page, DateRange {
    /** Part of the source or target name, or the start of its actor code (RUS matches RUSGOV). */
    actor?: string;
    /** The start of a CAMEO code (04 matches 042) or a PLOVER type. */
    code?: string;
    docId?: string;
}
export interface TimexQuery extends Page, DateRange {
    type?: string;
    /** Part of the expression's text, case-insensitive. */
    search?: string;
    docId?: string;
}
export interface ClaimQuery extends Page {
    /** Part of what the number counts or of its text, case-insensitive. */
    search?: string;
    docId?: string;
}
export interface FindingQuery extends Page {
    kind?: string;
    docId?: string;
}
/** Keyset paging over document ids, for exports: ids after `after` in the backend's id order. */
export interface DocIdQuery extends DateRange {
    after?: string;
    /** Defaults to 1000 (at most 10,000). */
    limit?: number;
}
export interface StoreStats extends LayerCounts {
    docs: number;
    schemaVersion: number;
}
/** Where Docs are kept and queried. Every write is one transaction: a document is stored whole or not at all. */
export interface Store {
    readonly backend: 'sqlite' | 'postgres';
    /** Stores a Doc (validated first), replacing any stored under the same id. */
    putDoc(doc: Doc): Promise<'inserted' | 'replaced' | 'unchanged'>;
    hasDoc(id: string): Promise<boolean>;
    /** The full Doc JSON as stored, or null. */
    getDoc(id: string): Promise<Doc | null>;
    deleteDoc(id: string): Promise<boolean>;
    docs(q?: DocQuery): Promise<DocRow[]>;
    /** Stored ids in id order, a page at a time; unlike offset paging, each page costs the same and none repeats. */
    docIds(q?: DocIdQuery): Promise<string[]>;
    quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
    entities(q?: EntityQuery): Promise<EntityRow[]>;
    events(q?: EventQuery): Promise<EventRow[]>;
    timexes(q?: TimexQuery): Promise<TimexRow[]>;
    claims(q?: ClaimQuery): Promise<ClaimRow[]>;
    findings(q?: FindingQuery): Promise<FindingRow[]>;
    stats(): Promise<StoreStats>;
    close(): Promise<void>;
}
