/** Coreference scores over clusters of mention ids: MUC, B³, CEAF-e and their average (CoNLL-F1). */
export type Clusters = string[][];
/** Scores a response against a key (both lists of clusters of mention ids), summed over documents. */
export declare class CorefScorer {
    private muc;
    private b3;
    private ceaf;
    add(key: Clusters, response: Clusters): void;
    scores(): Record<string, Record<string, number>>;
}
