export interface BenchText {
    id: string;
    text: string;
    published: string | null;
}
/** GUM news articles as raw text (rebuilt from CoNLL-U forms and SpaceAfter), with their creation dates. */
export declare function gumNews(): BenchText[];
