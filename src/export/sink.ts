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
    return (this.failed as NodeJS.ErrnoException | null)?.code === 'EPIPE' || this.out.destroyed;
  }

  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.out.write(text)) await Promise.race([once(this.out, 'drain'), once(this.out, 'close')]);
    if (this.failed) throw this.failed;
  }

  /** Ends a file stream and waits until its bytes are on disk; stdout is only drained. */
  async end(closeStream: boolean): Promise<void> {
    if (this.failed) throw this.failed;
    if (closeStream) {
      this.out.end();
      await once(this.out, 'close');
    } else if (this.out.writableNeedDrain) {
      await once(this.out, 'drain');
    }
    if (this.failed) throw this.failed;
  }
}
