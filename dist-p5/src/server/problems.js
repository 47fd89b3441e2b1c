import { ERROR_CODES, isDatelineError } from '../model/errors.js';
export const PROBLEM_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://dateline.dev/problems/';
/** HTTP status per Dateline error code; codes not listed are the server's fault (500). */
const STATUS = {
    DL_INGEST_EMPTY: 400,
    DL_INGEST_BINARY: 400,
    DL_INGEST_BAD_UTF8: 400,
    DL_INGEST_TOO_LARGE: 413,
    DL_INGEST_BAD_HTML: 400,
    DL_INGEST_BAD_JSON: 400,
    DL_INGEST_BAD_RECORD: 400,
    DL_INGEST_NOT_ENGLISH: 422,
    DL_INGEST_NOT_FOUND: 404,
    DL_INGEST_BAD_DATE: 400,
    DL_MODEL_SPAN_RANGE: 400,
    DL_MODEL_INVALID: 400,
    DL_PIPELINE_UNKNOWN_STAGE: 400,
    DL_PIPELINE_MISSING_LAYER: 400,
    DL_USAGE: 400,
};
/** The status a Dateline error code maps to. */
export const statusFor = (code) => STATUS[code] ?? 500;
/** Codes for HTTP-level problems that have no DatelineError. */
const HTTP_TITLES = {
    400: ['DL_HTTP_BAD_REQUEST', 'the request is not valid'],
    401: ['DL_HTTP_UNAUTHORIZED', 'a valid bearer token is needed for writes'],
    403: ['DL_HTTP_FORBIDDEN', 'writes are disabled on this server'],
    404: ['DL_HTTP_NOT_FOUND', 'no such resource'],
    405: ['DL_HTTP_METHOD', 'method not allowed'],
    413: ['DL_HTTP_TOO_LARGE', 'the request body is larger than the limit'],
    415: ['DL_HTTP_MEDIA_TYPE', 'unsupported content type'],
    429: ['DL_HTTP_TOO_MANY', 'too many requests'],
    500: ['DL_HTTP_INTERNAL', 'internal error'],
};
/** A problem for an HTTP status with its own code (401, 404 …). */
export function httpProblem(status, detail, instance) {
    const [code, title] = HTTP_TITLES[status] ?? HTTP_TITLES[500];
    return { type: TYPE_BASE + code.toLowerCase(), title, status, detail, instance, code };
}
/** Turns any thrown error into a problem; internal errors do not leak their message. */
export function problemOf(err, instance) {
    if (isDatelineError(err)) {
        const status = statusFor(err.code);
        return {
            type: TYPE_BASE + err.code.toLowerCase(),
            title: ERROR_CODES[err.code],
            status,
            detail: status >= 500 ? ERROR_CODES[err.code] : err.message,
            instance,
            code: err.code,
            docId: err.docId === '-' ? undefined : err.docId,
            offset: err.offset,
        };
    }
    const fe = err;
    const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 ? fe.statusCode : 500;
    if (status >= 500)
        return httpProblem(status, 'internal error', instance);
    const p = httpProblem(status, fe.message ?? 'bad request', instance);
    // Fastify's own codes (FST_ERR_CTP_INVALID_JSON …) say more than the generic one.
    if (fe.code)
        p.code = fe.code;
    return p;
}
/** Sends a problem as `application/problem+json`. */
export function sendProblem(reply, p) {
    return reply.code(p.status).type(PROBLEM_TYPE).send(p);
}
/** Fastify error handler: every error leaves as problem JSON. */
export function handleError(err, req, reply) {
    const p = problemOf(err, req.url);
    if (p.status >= 500)
        req.log.error({ err }, 'request failed');
    return sendProblem(reply, p);
}
