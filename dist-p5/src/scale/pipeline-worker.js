import { parentPort, workerData } from 'node:worker_threads';
import { readInputs } from '../ingest/index.js';
import { DatelineError, isDatelineError } from '../model/errors.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { ALL_STAGES } from '../stages/index.js';
import { installShared } from '../syntax/shared-tables.js';
import { taskId } from './messages.js';
// The syntax model's tables, unpacked once by the main thread in shared memory (src/scale/shared-syntax.ts).
if (workerData?.syntax)
    installShared(workerData.syntax);
// Models load once here, then every task reuses the frozen pipeline.
const pipeline = await buildPipeline(ALL_STAGES, { only: workerData?.only });
const port = parentPort;
// Replies must leave in task order (the pool matches them to tasks by position): one task at a time.
let last = Promise.resolve();
port.on('message', (task) => {
    last = last.then(() => handle(task));
});
async function handle(task) {
    let reply;
    try {
        reply = { seq: task.seq, json: JSON.stringify(pipeline.run(await docOf(task))) };
    }
    catch (err) {
        reply = isDatelineError(err)
            ? { seq: task.seq, error: { code: err.code, docId: err.docId, message: bare(err), offset: err.offset } }
            : { seq: task.seq, error: { code: 'DL_STAGE_FAILED', docId: taskId(task), message: String(err) } };
    }
    port.postMessage(reply);
}
/** The task's Doc; a file is read and ingested here as `readInputs` does in the main thread. */
async function docOf(task) {
    if ('doc' in task)
        return task.doc;
    for await (const it of readInputs([task.file], task.ingest)) {
        if ('error' in it)
            throw it.error;
        return it.doc;
    }
    throw new DatelineError('DL_INGEST_UNREADABLE', task.file, 'no document in the file');
}
port.postMessage({ ready: true });
/** The message without the "docId@offset: " prefix the constructor adds. */
function bare(err) {
    const prefix = `${err.docId}${err.offset === undefined ? '' : `@${err.offset}`}: `;
    return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
}
