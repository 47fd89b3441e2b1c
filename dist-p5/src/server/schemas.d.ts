import { type Static, type TSchema } from '@sinclair/typebox';
import type { ClaimRow, DocRow, EntityRow, EventRow, FindingRow, QuoteRow, TimexRow } from '../store/index.js';
/** Deep copy without `$id`s, so model schemas can be inlined in route schemas (and in OpenAPI) freely. */
export declare function inline<S extends TSchema>(schema: S): S;
export declare const DocBody: import("@sinclair/typebox").TObject<{
    schema: import("@sinclair/typebox").TLiteral<"dateline.doc/1">;
    id: import("@sinclair/typebox").TString;
    text: import("@sinclair/typebox").TString;
    meta: import("@sinclair/typebox").TObject<{
        title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>]>>;
        source: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        published: import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
            from: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
            start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            end: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        }>;
        lang: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
    sentences: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    tokens: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        pos: import("@sinclair/typebox").TString;
        lemma: import("@sinclair/typebox").TString;
        xpos: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        head: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        deprel: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    mentions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
        entity: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        kind: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>>;
        phrase: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>>;
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    entities: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
        type: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
        mentions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>;
        aliases: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        code: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        country: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        sectors: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        roles: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            title: import("@sinclair/typebox").TString;
            of: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            end: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            from: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>>;
        }>>>;
        geo: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            lat: import("@sinclair/typebox").TNumber;
            lon: import("@sinclair/typebox").TNumber;
            country: import("@sinclair/typebox").TString;
            geonameId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        }>>;
        standsFor: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    timexes: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
        value: import("@sinclair/typebox").TString;
        mod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    quotes: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
        parts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>>;
        cue: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>, import("@sinclair/typebox").TNull]>;
        speaker: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            entity: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>, import("@sinclair/typebox").TNull]>;
    }>>;
    claims: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        value: import("@sinclair/typebox").TNumber;
        unit: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        counts: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        approx: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        outcome: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            kind: import("@sinclair/typebox").TString;
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>>;
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    events: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        source: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            entity: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            code: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>, import("@sinclair/typebox").TNull]>;
        target: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            entity: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            code: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>, import("@sinclair/typebox").TNull]>;
        trigger: import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>;
        plover: import("@sinclair/typebox").TObject<{
            type: import("@sinclair/typebox").TString;
            mode: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            context: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>;
        cameo: import("@sinclair/typebox").TObject<{
            code: import("@sinclair/typebox").TString;
            root: import("@sinclair/typebox").TString;
            quad: import("@sinclair/typebox").TInteger;
            goldstein: import("@sinclair/typebox").TNumber;
        }>;
        negated: import("@sinclair/typebox").TBoolean;
        modality: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        timex: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        date: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            value: import("@sinclair/typebox").TString;
            from: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"timex">, import("@sinclair/typebox").TLiteral<"published">]>;
        }>>;
        place: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        sentence: import("@sinclair/typebox").TInteger;
    }>>;
    findings: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TString;
        message: import("@sinclair/typebox").TString;
        evidence: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TInteger;
            end: import("@sinclair/typebox").TInteger;
        }>>;
        suggested: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            from: import("@sinclair/typebox").TString;
            to: import("@sinclair/typebox").TString;
        }>>;
    }>>;
    messages: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        level: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
        rule: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
        start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        end: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    }>>;
}>;
export declare const DocRowSchema: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    title: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    url: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    source: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    publishedFrom: import("@sinclair/typebox").TString;
    length: import("@sinclair/typebox").TInteger;
    sentences: import("@sinclair/typebox").TInteger;
    quotes: import("@sinclair/typebox").TInteger;
    entities: import("@sinclair/typebox").TInteger;
    events: import("@sinclair/typebox").TInteger;
    timexes: import("@sinclair/typebox").TInteger;
    claims: import("@sinclair/typebox").TInteger;
    findings: import("@sinclair/typebox").TInteger;
}>;
export declare const QuoteRowSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TString;
    text: import("@sinclair/typebox").TString;
    speaker: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    speakerEntity: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    speakerStart: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    speakerEnd: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    cue: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    cueStart: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    cueEnd: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
export declare const EntityRowSchema: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    name: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TString;
    code: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    country: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    aliases: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    mentions: import("@sinclair/typebox").TInteger;
    text: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    start: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    end: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
export declare const EventRowSchema: import("@sinclair/typebox").TObject<{
    sentence: import("@sinclair/typebox").TInteger;
    trigger: import("@sinclair/typebox").TString;
    source: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    sourceEntity: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    sourceCode: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    target: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    targetEntity: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    targetCode: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    plover: import("@sinclair/typebox").TString;
    cameo: import("@sinclair/typebox").TString;
    cameoRoot: import("@sinclair/typebox").TString;
    quad: import("@sinclair/typebox").TInteger;
    goldstein: import("@sinclair/typebox").TNumber;
    negated: import("@sinclair/typebox").TBoolean;
    modality: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    date: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
export declare const TimexRowSchema: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TString;
    value: import("@sinclair/typebox").TString;
    mod: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    text: import("@sinclair/typebox").TString;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
export declare const ClaimRowSchema: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TNumber;
    unit: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    counts: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    approx: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    text: import("@sinclair/typebox").TString;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
export declare const FindingRowSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TString;
    message: import("@sinclair/typebox").TString;
    text: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    suggestedFrom: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    suggestedTo: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    start: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    end: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    docId: import("@sinclair/typebox").TString;
    index: import("@sinclair/typebox").TInteger;
    published: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
type Fits<A, B extends A> = B;
export type RowsFit = [
    Fits<Static<typeof DocRowSchema>, DocRow>,
    Fits<Static<typeof QuoteRowSchema>, QuoteRow>,
    Fits<Static<typeof EntityRowSchema>, EntityRow>,
    Fits<Static<typeof EventRowSchema>, EventRow>,
    Fits<Static<typeof TimexRowSchema>, TimexRow>,
    Fits<Static<typeof ClaimRowSchema>, ClaimRow>,
    Fits<Static<typeof FindingRowSchema>, FindingRow>
];
export declare const MAX_PAGE = 1000;
/** limit/offset, shared by every list route. */
export declare const PageQuery: {
    limit: import("@sinclair/typebox").TInteger;
    offset: import("@sinclair/typebox").TInteger;
};
export interface PageParams {
    limit: number;
    offset: number;
}
/** An ISO date or its prefix: 2020, 2020-01, 2020-01-31 (compared as text, `to` inclusive). */
export declare const IsoDate: import("@sinclair/typebox").TString;
/** Free text for search; only its words are used. */
export declare const SearchText: import("@sinclair/typebox").TString;
/** A document id as the model makes them (hex hash) or as given by a user record. */
export declare const DocIdParam: import("@sinclair/typebox").TString;
/** The page envelope: rows, the paging used, and a link to the next page (null on the last one). */
export declare const pageOf: <S extends TSchema>(item: S) => import("@sinclair/typebox").TObject<{
    items: import("@sinclair/typebox").TArray<S>;
    limit: import("@sinclair/typebox").TInteger;
    offset: import("@sinclair/typebox").TInteger;
    next: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
/** The problem JSON every error returns (RFC 9457). */
export declare const ProblemSchema: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TString;
    title: import("@sinclair/typebox").TString;
    status: import("@sinclair/typebox").TInteger;
    detail: import("@sinclair/typebox").TString;
    instance: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    code: import("@sinclair/typebox").TString;
    docId: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    offset: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
}>;
export {};
