import type { Writable } from 'node:stream';
/** Text to a stream, waiting whenever its buffer is full, so memory stays flat however much is written. */
export declare class TextSink {
    private readonly out;
    private failed;
    constructor(out: Writable);
    /** True once the reader went away (a closed pipe: `dateline export … | head`). */
    get closed(): boolean;
    /** Writes, then waits for the buffer to drain if it is full; a reader that went away ends writing quietly. */
    write(text: string): Promise<void>;
    private check;
    /** Ends a file stream and waits until its bytes are on disk; stdout is only drained. */
    end(closeStream: boolean): Promise<void>;
}
