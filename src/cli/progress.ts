/** A one-line progress display on stderr, shown only on a terminal. */
export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private readonly tty = !!process.stderr.isTTY;

  constructor(private readonly label: string) {}

  /** Redraws at most ten times a second. */
  tick(done: number, failed: number, current: string): void {
    if (!this.tty) return;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? (done / secs).toFixed(1) : '0';
    const line = `${this.label} ${done} docs, ${failed} failed, ${rate}/s  ${current}`;
    process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
  }

  done(): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }
}
