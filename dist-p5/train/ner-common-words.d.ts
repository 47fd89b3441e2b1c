/** Lower-case words seen at least `min` times in lower case and more often so than capitalised (not at a sentence start). */
export declare function commonWords(min?: number): string[];
