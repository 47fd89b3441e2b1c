/** One table of error codes; callers branch on `code`, never on message text. */
export declare const ERROR_CODES: {
    readonly DL_INGEST_EMPTY: "the document has no text";
    readonly DL_INGEST_BINARY: "the input looks binary, not text";
    readonly DL_INGEST_BAD_UTF8: "the input is not valid UTF-8";
    readonly DL_INGEST_TOO_LARGE: "the input is larger than the size limit";
    readonly DL_INGEST_BAD_HTML: "no article text could be extracted from the HTML";
    readonly DL_INGEST_BAD_JSON: "the JSON line could not be parsed";
    readonly DL_INGEST_BAD_RECORD: "the JSON record lacks text or html";
    readonly DL_INGEST_NOT_ENGLISH: "the text does not look like English";
    readonly DL_INGEST_NOT_FOUND: "no such file or directory";
    readonly DL_INGEST_BAD_DATE: "the given publication date is not an ISO date";
    readonly DL_INGEST_UNREADABLE: "the input could not be read";
    readonly DL_MODEL_SPAN_RANGE: "a span lies outside the text";
    readonly DL_MODEL_INVALID: "the document does not match the schema";
    readonly DL_PIPELINE_UNKNOWN_STAGE: "no stage by that name";
    readonly DL_PIPELINE_MISSING_LAYER: "a stage needs a layer no earlier stage makes";
    readonly DL_PIPELINE_FROZEN: "the pipeline is frozen";
    readonly DL_STAGE_FAILED: "a stage failed on this document";
    readonly DL_STAGE_TIMEOUT: "the pipeline took longer than the per-document time limit";
    readonly DL_STORE_FAILED: "the store could not write the document";
    readonly DL_EVAL_NO_DATA: "the gold data for this suite is not available";
    readonly DL_USAGE: "the command line is not valid";
    readonly DL_QUEUE_FAILED: "the job queue could not be reached or refused the job";
};
export type ErrorCode = keyof typeof ERROR_CODES;
/** An error that stops one document (never a batch): names the document and, when known, the offset. */
export declare class DatelineError extends Error {
    readonly code: ErrorCode;
    readonly docId: string;
    readonly offset?: number | undefined;
    constructor(code: ErrorCode, docId: string, message?: string, offset?: number | undefined, options?: ErrorOptions);
    toJSON(): {
        code: "DL_INGEST_EMPTY" | "DL_INGEST_BINARY" | "DL_INGEST_BAD_UTF8" | "DL_INGEST_TOO_LARGE" | "DL_INGEST_BAD_HTML" | "DL_INGEST_BAD_JSON" | "DL_INGEST_BAD_RECORD" | "DL_INGEST_NOT_ENGLISH" | "DL_INGEST_NOT_FOUND" | "DL_INGEST_BAD_DATE" | "DL_INGEST_UNREADABLE" | "DL_MODEL_SPAN_RANGE" | "DL_MODEL_INVALID" | "DL_PIPELINE_UNKNOWN_STAGE" | "DL_PIPELINE_MISSING_LAYER" | "DL_PIPELINE_FROZEN" | "DL_STAGE_FAILED" | "DL_STAGE_TIMEOUT" | "DL_STORE_FAILED" | "DL_EVAL_NO_DATA" | "DL_USAGE" | "DL_QUEUE_FAILED";
        message: string;
        docId: string;
        offset: number | undefined;
    };
}
export declare const isDatelineError: (e: unknown) => e is DatelineError;
