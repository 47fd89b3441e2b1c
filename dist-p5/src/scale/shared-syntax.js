import { startWorker } from './worker-url.js';
let cached;
/**
 * The committed syntax model's tables, unpacked once per process into SharedArrayBuffers for the pool's
 * workers, by a thread that exits afterwards (null when the model file is missing).
 */
export function sharedSyntaxModel() {
    cached ??= new Promise((resolve, reject) => {
        const w = startWorker('syntax-loader');
        w.once('message', (m) => {
            resolve(m);
            w.terminate().catch(() => { });
        });
        w.once('error', reject);
    });
    return cached;
}
