/** Entry of a data-parallel training worker (`parallel.ts`). */
import { workerData } from 'node:worker_threads';
import { Participant, type SharedRun } from './parallel.js';

const { run, part } = workerData as { run: SharedRun; part: number };
new Participant(run, part).serve();
