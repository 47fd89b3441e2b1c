import { once } from 'node:events';
/** Text to a stream, waiting whenever its buffer is full, so memory stays flat however much is written. */
export class TextSink {
    out;
    failed = null;
    constructor(out) {
        this.out = out;
        out.on('error', (e) => {
            this.failed = e;
        });
    }
    /** True once the reader went away (a closed pipe: `dateline export … | head`). */
    get closed() {
        if (this.failed)
            return this.failed.code === 'EPIPE';
        return this.out.destroyed;
    }
    /** Writes, then waits for the buffer to drain if it is full; a reader that went away ends writing quietly. */
    async write(text) {
        if (this.closed)
            return;
        this.check();
        if (this.out.write(text))
            return;
        // The listener that loses the race is removed, or every full buffer would leave one behind.
        const stop = new AbortController();
        const opts = { signal: stop.signal };
        try {
            await Promise.race([once(this.out, 'drain', opts), once(this.out, 'close', opts)]);
        }
        catch (e) {
            if (!this.closed)
                throw e;
        }
        finally {
            stop.abort();
        }
        this.check();
    }
    check() {
        if (this.failed && !this.closed)
            throw this.failed;
    }
    /** Ends a file stream and waits until its bytes are on disk; stdout is only drained. */
    async end(closeStream) {
        if (this.closed)
            return;
        this.check();
        if (closeStream) {
            this.out.end();
            await once(this.out, 'close');
        }
        else if (this.out.writableNeedDrain) {
            await once(this.out, 'drain');
        }
        this.check();
    }
}
