/** Options for every reader. */
export interface IngestOptions {
    /** Publication date given by the caller (YYYY-MM-DD or ISO); wins over anything found, from: 'given'. */
    published?: string;
    /** Inputs larger than this fail with DL_INGEST_TOO_LARGE; default 5 MiB. */
    maxBytes?: number;
    /** Skip the English check (DL_INGEST_NOT_ENGLISH). */
    allowNonEnglish?: boolean;
}
export declare const DEFAULT_MAX_BYTES: number;
/** The size limit in force; a missing, zero, negative or non-numeric limit means the default. */
export declare const maxBytesOf: (opts: IngestOptions) => number;
/** What a caller may say about a document besides its text. */
export interface DocMeta {
    title?: string;
    url?: string;
    source?: string;
    id?: string;
    published?: string;
}
