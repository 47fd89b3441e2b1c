/** A one-line progress display on stderr, shown only on a terminal. */
export class Progress {
    label;
    started = performance.now();
    last = 0;
    tty = !!process.stderr.isTTY;
    constructor(label) {
        this.label = label;
    }
    /** Redraws at most ten times a second. */
    tick(done, failed, current) {
        if (!this.tty)
            return;
        const now = performance.now();
        if (now - this.last < 100)
            return;
        this.last = now;
        const secs = (now - this.started) / 1000;
        const rate = secs > 0 ? (done / secs).toFixed(1) : '0';
        const line = `${this.label} ${done} docs, ${failed} failed, ${rate}/s  ${current}`;
        process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
    }
    done() {
        if (this.tty)
            process.stderr.write('\r\x1b[2K');
    }
    elapsed() {
        return (performance.now() - this.started) / 1000;
    }
}
