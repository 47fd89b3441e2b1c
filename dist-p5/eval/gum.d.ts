/** One GUM token: form, UPOS and where it sits in the rebuilt text. */
export interface GumToken {
    form: string;
    upos: string;
    start: number;
    end: number;
}
/** A gold mention: token span [from, to), GUM entity type, coreference chain id. */
export interface GumMention {
    from: number;
    to: number;
    type: string;
    chain: string;
}
export interface GumDoc {
    name: string;
    text: string;
    tokens: GumToken[];
    sentences: [number, number][];
    mentions: GumMention[];
}
/** Document names of a GUM split from splits.md ("train", "dev", "test", "test2"). */
export declare function gumSplit(split: string): Set<string>;
/** GUM documents whose name matches `keep`, with text rebuilt from SpaceAfter and entity mentions. */
export declare function readGum(keep: (name: string) => boolean): GumDoc[];
export declare function parseConllu(name: string, src: string): GumDoc;
