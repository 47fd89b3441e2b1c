/** [start, end) windows of `text` around trigger words, merged, each starting and ending on whitespace. */
export declare function candidateWindows(text: string): [number, number][];
