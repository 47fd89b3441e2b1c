/** Options for every reader. */
export interface IngestOptions {
  /** Publication date given by the caller (YYYY-MM-DD or ISO); wins over anything found, from: 'given'. */
  published?: string;
  /** Inputs larger than this fail with DL_INGEST_TOO_LARGE; default 5 MiB. */
  maxBytes?: number;
  /** Skip the English check (DL_INGEST_NOT_ENGLISH). */
  allowNonEnglish?: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The size limit in force; a missing, zero, negative or non-numeric limit means the default. */
export const maxBytesOf = (opts: IngestOptions): number =>
  opts.maxBytes !== undefined && Number.isFinite(opts.maxBytes) && opts.maxBytes > 0
    ? opts.maxBytes
    : DEFAULT_MAX_BYTES;

/** What a caller may say about a document besides its text. */
export interface DocMeta {
  title?: string;
  url?: string;
  source?: string;
  id?: string;
  published?: string;
}
