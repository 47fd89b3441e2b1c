/** A one-line progress display on stderr, shown only on a terminal. */
export declare class Progress {
    private readonly label;
    private readonly started;
    private last;
    private readonly tty;
    constructor(label: string);
    /** Redraws at most ten times a second. */
    tick(done: number, failed: number, current: string): void;
    done(): void;
    elapsed(): number;
}
