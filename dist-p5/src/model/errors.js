/** One table of error codes; callers branch on `code`, never on message text. */
export const ERROR_CODES = {
    DL_INGEST_EMPTY: 'the document has no text',
    DL_INGEST_BINARY: 'the input looks binary, not text',
    DL_INGEST_BAD_UTF8: 'the input is not valid UTF-8',
    DL_INGEST_TOO_LARGE: 'the input is larger than the size limit',
    DL_INGEST_BAD_HTML: 'no article text could be extracted from the HTML',
    DL_INGEST_BAD_JSON: 'the JSON line could not be parsed',
    DL_INGEST_BAD_RECORD: 'the JSON record lacks text or html',
    DL_INGEST_NOT_ENGLISH: 'the text does not look like English',
    DL_INGEST_NOT_FOUND: 'no such file or directory',
    DL_INGEST_BAD_DATE: 'the given publication date is not an ISO date',
    DL_INGEST_UNREADABLE: 'the input could not be read',
    DL_MODEL_SPAN_RANGE: 'a span lies outside the text',
    DL_MODEL_INVALID: 'the document does not match the schema',
    DL_PIPELINE_UNKNOWN_STAGE: 'no stage by that name',
    DL_PIPELINE_MISSING_LAYER: 'a stage needs a layer no earlier stage makes',
    DL_PIPELINE_FROZEN: 'the pipeline is frozen',
    DL_STAGE_FAILED: 'a stage failed on this document',
    DL_STAGE_TIMEOUT: 'the pipeline took longer than the per-document time limit',
    DL_STORE_FAILED: 'the store could not write the document',
    DL_EVAL_NO_DATA: 'the gold data for this suite is not available',
    DL_USAGE: 'the command line is not valid',
    DL_QUEUE_FAILED: 'the job queue could not be reached or refused the job',
};
/** An error that stops one document (never a batch): names the document and, when known, the offset. */
export class DatelineError extends Error {
    code;
    docId;
    offset;
    constructor(code, docId, message = ERROR_CODES[code], offset, options) {
        super(`${docId}${offset === undefined ? '' : `@${offset}`}: ${message}`, options);
        this.code = code;
        this.docId = docId;
        this.offset = offset;
        this.name = 'DatelineError';
    }
    toJSON() {
        return { code: this.code, message: this.message, docId: this.docId, offset: this.offset };
    }
}
export const isDatelineError = (e) => e instanceof DatelineError;
