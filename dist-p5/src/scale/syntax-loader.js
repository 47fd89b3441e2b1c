import { existsSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { unpackModel } from '../syntax/model-file.js';
import { interleaveSlots } from '../syntax/perceptron.js';
import { modelKey, toShared } from '../syntax/shared-tables.js';
import { DEFAULT_MODEL } from '../syntax/syntax-model.js';
/** The committed syntax model's tables unpacked into SharedArrayBuffers, or null when the file is missing. */
function unpackShared() {
    if (!existsSync(DEFAULT_MODEL))
        return null;
    const data = readFileSync(DEFAULT_MODEL);
    const { header, tables } = unpackModel(data);
    // Shared as SyntaxModel.fromBuffer lays them out (XPOS and UPOS slots interleaved), so that its own
    // interleaveSlots finds them done and copies nothing; any other layout still scores the same, unshared.
    const [xpos, upos] = interleaveSlots(tables[0], tables[1]);
    return toShared(modelKey(data), header, [xpos, upos, ...tables.slice(2)]);
}
// A short-lived thread: its unpacking garbage (the gunzipped file, the decoded tables) goes when it exits,
// and only the shared copies outlive it.
parentPort?.postMessage(unpackShared());
