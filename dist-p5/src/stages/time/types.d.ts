/** A TIMEX3 found in a text, before it becomes a Doc record. */
export interface TimexHit {
    start: number;
    end: number;
    type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
    value: string;
    mod?: string;
}
