import { Type as T } from '@sinclair/typebox';
import { DocSchema } from '../model/schema.js';
const Str = T.String();
const NStr = T.Union([T.String(), T.Null()]);
const NInt = T.Union([T.Integer(), T.Null()]);
const Int = T.Integer();
/** Deep copy without `$id`s, so model schemas can be inlined in route schemas (and in OpenAPI) freely. */
export function inline(schema) {
    return JSON.parse(JSON.stringify(schema, (k, v) => (k === '$id' ? undefined : v)));
}
export const DocBody = inline(DocSchema);
export const DocRowSchema = T.Object({
    id: Str,
    title: NStr,
    url: NStr,
    source: NStr,
    published: NStr,
    publishedFrom: Str,
    length: Int,
    sentences: Int,
    quotes: Int,
    entities: Int,
    events: Int,
    timexes: Int,
    claims: Int,
    findings: Int,
});
const rowBase = { docId: Str, index: Int, published: NStr };
const span = { start: Int, end: Int };
const nspan = { start: NInt, end: NInt };
export const QuoteRowSchema = T.Object({
    ...rowBase,
    ...span,
    kind: Str,
    text: Str,
    speaker: NStr,
    speakerEntity: NStr,
    speakerStart: NInt,
    speakerEnd: NInt,
    cue: NStr,
    cueStart: NInt,
    cueEnd: NInt,
});
export const EntityRowSchema = T.Object({
    ...rowBase,
    ...nspan,
    id: Str,
    name: Str,
    type: Str,
    code: NStr,
    country: NStr,
    aliases: NStr,
    mentions: Int,
    text: NStr,
});
export const EventRowSchema = T.Object({
    ...rowBase,
    ...span,
    sentence: Int,
    trigger: Str,
    source: NStr,
    sourceEntity: NStr,
    sourceCode: NStr,
    target: NStr,
    targetEntity: NStr,
    targetCode: NStr,
    plover: Str,
    cameo: Str,
    cameoRoot: Str,
    quad: Int,
    goldstein: T.Number(),
    negated: T.Boolean(),
    modality: NStr,
    date: NStr,
});
export const TimexRowSchema = T.Object({
    ...rowBase,
    ...span,
    type: Str,
    value: Str,
    mod: NStr,
    text: Str,
});
export const ClaimRowSchema = T.Object({
    ...rowBase,
    ...span,
    value: T.Number(),
    unit: NStr,
    counts: NStr,
    approx: NStr,
    outcome: NStr,
    text: Str,
});
export const FindingRowSchema = T.Object({
    ...rowBase,
    ...nspan,
    kind: Str,
    message: Str,
    text: NStr,
    suggestedFrom: NStr,
    suggestedTo: NStr,
});
export const MAX_PAGE = 1000;
/** limit/offset, shared by every list route. */
export const PageQuery = {
    limit: T.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50, description: 'rows per page' }),
    offset: T.Integer({ minimum: 0, maximum: 10_000_000, default: 0, description: 'rows to skip' }),
};
/** An ISO date or its prefix: 2020, 2020-01, 2020-01-31 (compared as text, `to` inclusive). */
export const IsoDate = T.String({
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
    description: 'YYYY, YYYY-MM or YYYY-MM-DD',
});
/** Free text for search; only its words are used. */
export const SearchText = T.String({ maxLength: 500 });
/** A document id as the model makes them (hex hash) or as given by a user record. */
export const DocIdParam = T.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' });
/** The page envelope: rows, the paging used, and a link to the next page (null on the last one). */
export const pageOf = (item) => T.Object({
    items: T.Array(item),
    limit: Int,
    offset: Int,
    next: T.Union([T.String({ description: 'URL of the next page' }), T.Null()]),
});
/** The problem JSON every error returns (RFC 9457). */
export const ProblemSchema = T.Object({
    type: Str,
    title: Str,
    status: Int,
    detail: Str,
    instance: T.Optional(Str),
    code: T.String({ description: 'DL_* code; branch on this, never on the text' }),
    docId: T.Optional(Str),
    offset: T.Optional(Int),
}, { description: 'RFC 9457 problem details' });
