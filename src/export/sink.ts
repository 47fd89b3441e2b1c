import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Text to a stream, waiting whenever its buffer is full, so memory stays flat however much is written. */
export class TextSink {
  private failed: Error | null = null;

  constructor(private readonly out: Writable) {
    out.on('error', (e) => {
      this.failed = e;
    });
  }

  /** True once the reader went away (a closed pipe: `dateline export … | head`). */
  get closed(): boolean {
    if (this.failed) return (this.failed as NodeJS.ErrnoException).code === 'EPIPE';
    return this.out.destroyed;
  }

  /** Writes, then waits for the buffer to drain if it is full; a reader that went away ends writing quietly. */
  async write(text: string): Promise<void> {
    if (this.closed) return;
    this.check();
    if (this.out.write(text)) return;
    // The listener that loses the race is removed, or every full buffer would leave one behind.
    const stop = new AbortController();
    const opts = { signal: stop.signal };
    try {
      await Promise.race([once(this.out, 'drain', opts), once(this.out, 'close', opts)]);
    } catch (e) {
      if (!this.closed) throw e;
    } finally {
      stop.abort();
    }
    this.check();
  }

  private check(): void {
    if (this.failed && !this.closed) throw this.failed;
  }

  /** Ends a file stream and waits until its bytes are on disk; stdout is only drained. */
  async end(closeStream: boolean): Promise<void> {
    if (this.closed) return;
    this.check();
    if (closeStream) {
      this.out.end();
      await once(this.out, 'close');
    } else if (this.out.writableNeedDrain) {
      await once(this.out, 'drain');
    }
    this.check();
  }
}
