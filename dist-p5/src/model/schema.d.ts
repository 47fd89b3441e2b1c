import { type Static } from '@sinclair/typebox';
/** The JSON form of a Doc is the public contract; this file is its one source (types and JSON Schema). */
export declare const SCHEMA_ID = "dateline.doc/1";
export declare const SpanSchema: import("@sinclair/typebox").TObject<{
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
}>;
export type Span = Static<typeof SpanSchema>;
export declare const PublishedFrom: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
export declare const PublishedSchema: import("@sinclair/typebox").TObject<{
    value: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    from: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
    start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    end: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
}>;
export type Published = Static<typeof PublishedSchema>;
export declare const MetaSchema: import("@sinclair/typebox").TObject<{
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
export type Meta = Static<typeof MetaSchema>;
export declare const SentenceSchema: import("@sinclair/typebox").TObject<{
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
}>;
export type Sentence = Static<typeof SentenceSchema>;
export declare const TokenSchema: import("@sinclair/typebox").TObject<{
    pos: import("@sinclair/typebox").TString;
    lemma: import("@sinclair/typebox").TString;
    xpos: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    head: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    deprel: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
}>;
export type Token = Static<typeof TokenSchema>;
export declare const EntityType: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
export type EntityType = Static<typeof EntityType>;
export declare const MentionSchema: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
    entity: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    kind: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>>;
    phrase: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        start: import("@sinclair/typebox").TInteger;
        end: import("@sinclair/typebox").TInteger;
    }>>;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
}>;
export type Mention = Static<typeof MentionSchema>;
export declare const EntitySchema: import("@sinclair/typebox").TObject<{
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
}>;
export type Entity = Static<typeof EntitySchema>;
export declare const TimexType: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
export declare const TimexSchema: import("@sinclair/typebox").TObject<{
    type: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
    value: import("@sinclair/typebox").TString;
    mod: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    start: import("@sinclair/typebox").TInteger;
    end: import("@sinclair/typebox").TInteger;
}>;
export type Timex = Static<typeof TimexSchema>;
export declare const QuoteSchema: import("@sinclair/typebox").TObject<{
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
}>;
export type Quote = Static<typeof QuoteSchema>;
export declare const ClaimSchema: import("@sinclair/typebox").TObject<{
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
}>;
export type Claim = Static<typeof ClaimSchema>;
export declare const EventSchema: import("@sinclair/typebox").TObject<{
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
}>;
export type DocEvent = Static<typeof EventSchema>;
export declare const FindingSchema: import("@sinclair/typebox").TObject<{
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
}>;
export type Finding = Static<typeof FindingSchema>;
export declare const MessageSchema: import("@sinclair/typebox").TObject<{
    level: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<string>[]>;
    rule: import("@sinclair/typebox").TString;
    reason: import("@sinclair/typebox").TString;
    start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    end: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
}>;
export type Message = Static<typeof MessageSchema>;
export declare const DocSchema: import("@sinclair/typebox").TObject<{
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
export type DocJson = Static<typeof DocSchema>;
export declare const LAYER_NAMES: readonly ["sentences", "tokens", "mentions", "entities", "timexes", "quotes", "claims", "events", "findings"];
/** A layer of the Doc, or 'parse': tokens that carry `head` and `deprel`. */
export type LayerName = (typeof LAYER_NAMES)[number] | 'parse';
