import { parentPort, workerData } from 'node:worker_threads';
import { isDatelineError } from '../model/errors.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { ALL_STAGES } from '../stages/index.js';
import type { Reply, Task } from './messages.js';

// Models load once here, then every task reuses the frozen pipeline.
const pipeline = await buildPipeline(ALL_STAGES, { only: workerData?.only });
const port = parentPort!;

port.on('message', (task: Task) => {
  let reply: Reply;
  try {
    reply = { seq: task.seq, json: JSON.stringify(pipeline.run(task.doc)) };
  } catch (err) {
    reply = isDatelineError(err)
      ? { seq: task.seq, error: { code: err.code, docId: err.docId, message: bare(err), offset: err.offset } }
      : { seq: task.seq, error: { code: 'DL_STAGE_FAILED', docId: task.doc.id, message: String(err) } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });

/** The message without the "docId@offset: " prefix the constructor adds. */
function bare(err: { docId: string; offset?: number; message: string }): string {
  const prefix = `${err.docId}${err.offset === undefined ? '' : `@${err.offset}`}: `;
  return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
}
