export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The size limit in force; a missing, zero, negative or non-numeric limit means the default. */
export const maxBytesOf = (opts) => opts.maxBytes !== undefined && Number.isFinite(opts.maxBytes) && opts.maxBytes > 0
    ? opts.maxBytes
    : DEFAULT_MAX_BYTES;
