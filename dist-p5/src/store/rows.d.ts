import { type Doc } from '../model/index.js';
/** One stored document, without its layers: what a list of documents shows. */
/** How many records of each stored layer (per document in DocRow, in all in StoreStats). */
export interface LayerCounts {
    quotes: number;
    entities: number;
    events: number;
    timexes: number;
    claims: number;
    findings: number;
}
export interface DocRow extends LayerCounts {
    id: string;
    title: string | null;
    url: string | null;
    source: string | null;
    published: string | null;
    publishedFrom: string;
    length: number;
    sentences: number;
}
/** A quote with its speaker resolved to a name; `start`/`end` cover all its parts. */
export interface QuoteRow {
    docId: string;
    index: number;
    kind: string;
    text: string;
    speaker: string | null;
    speakerEntity: string | null;
    speakerStart: number | null;
    speakerEnd: number | null;
    cue: string | null;
    cueStart: number | null;
    cueEnd: number | null;
    start: number;
    end: number;
    published: string | null;
}
/** An entity with its first mention as evidence. */
export interface EntityRow {
    docId: string;
    index: number;
    id: string;
    name: string;
    type: string;
    code: string | null;
    country: string | null;
    aliases: string | null;
    mentions: number;
    text: string | null;
    start: number | null;
    end: number | null;
    published: string | null;
}
/** An event: who did what to whom, on which date (its timex, else the publication date). */
export interface EventRow {
    docId: string;
    index: number;
    sentence: number;
    trigger: string;
    start: number;
    end: number;
    source: string | null;
    sourceEntity: string | null;
    sourceCode: string | null;
    target: string | null;
    targetEntity: string | null;
    targetCode: string | null;
    plover: string;
    cameo: string;
    cameoRoot: string;
    quad: number;
    goldstein: number;
    negated: boolean;
    modality: string | null;
    date: string | null;
    published: string | null;
}
/** A TIMEX3 time expression. */
export interface TimexRow {
    docId: string;
    index: number;
    type: string;
    value: string;
    mod: string | null;
    text: string;
    start: number;
    end: number;
    published: string | null;
}
/** A numeric claim. */
export interface ClaimRow {
    docId: string;
    index: number;
    value: number;
    unit: string | null;
    counts: string | null;
    approx: string | null;
    /** What happened to those counted (killed, injured, …), from the claim's `outcome`. */
    outcome: string | null;
    text: string;
    start: number;
    end: number;
    published: string | null;
}
/** A finding with its first evidence span. */
export interface FindingRow {
    docId: string;
    index: number;
    kind: string;
    message: string;
    text: string | null;
    start: number | null;
    end: number | null;
    suggestedFrom: string | null;
    suggestedTo: string | null;
    published: string | null;
}
/** Every row one document yields; the store writes exactly these. */
export interface DocRows {
    doc: DocRow;
    quotes: QuoteRow[];
    entities: EntityRow[];
    events: EventRow[];
    timexes: TimexRow[];
    claims: ClaimRow[];
    findings: FindingRow[];
}
export type LayerTable = Exclude<keyof DocRows, 'doc'>;
export declare const LAYER_TABLES: readonly LayerTable[];
/** The title as text, whether the meta holds a string or a span. */
export declare function titleOf(doc: Doc): string | null;
/** Derives the flat rows of a document from its layers. */
export declare function rowsOf(doc: Doc): DocRows;
