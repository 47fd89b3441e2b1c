/** Tense around an expression: which way a bare weekday or month points from the publication date. */
export type Tense = 'past' | 'future' | 'present';
/** The tense cue nearest to [start, end) inside [from, to), future beating past on a tie. */
export declare function tenseNear(text: string, start: number, end: number, from: number, to: number): Tense;
