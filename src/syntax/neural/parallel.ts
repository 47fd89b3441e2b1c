import { Worker } from 'node:worker_threads';
import { seededRandom } from '../random.js';
import { type PackedSentences, writeExamples } from './examples.js';
import { type NetShape, Network } from './network.js';
import { type Examples, type GradientSet, gradientSet, Trainer } from './trainer.js';

/** Everything the participants of a data-parallel run share (buffers are SharedArrayBuffers with workers). */
export interface SharedRun {
  shape: NetShape;
  params: ArrayBufferLike;
  /** One gradient set's buffers per participant. */
  sets: ArrayBufferLike[][];
  examples: Examples;
  sentences: PackedSentences;
  /** Example order of the current epoch. */
  order: Int32Array;
  /** [barrier arrivals, barrier generation, command, epoch]. */
  control: Int32Array;
  /** [learning rate, exploration probability, loss of participant 0, 1, …]. */
  numbers: Float64Array;
  batch: number;
  dropout: number;
  seed: number;
  rootLabel: number;
}

export const STOP = 0;
export const TRAIN = 1;
export const EXPLORE = 2;

/**
 * One of `parts` participants (the main thread is 0, workers 1…): trains on its share of every minibatch,
 * updates its share of the parameters, and writes the examples of its share of the sentences.
 */
export class Participant {
  readonly net: Network;
  readonly trainer: Trainer;
  private readonly sets: GradientSet[];

  constructor(
    readonly run: SharedRun,
    readonly part: number,
  ) {
    this.net = new Network(run.shape, run.params as ArrayBuffer);
    this.sets = run.sets.map((b) => gradientSet(this.net, b));
    this.trainer = new Trainer(
      this.net,
      { rate: run.numbers[0], dropout: run.dropout, seed: run.seed + 3 + part },
      this.sets,
      part,
    );
  }

  get parts(): number {
    return this.run.sets.length;
  }

  /** Waits until every participant has arrived. */
  barrier(): void {
    const c = this.run.control;
    if (this.parts === 1) return;
    const gen = Atomics.load(c, 1);
    if (Atomics.add(c, 0, 1) === this.parts - 1) {
      Atomics.store(c, 0, 0);
      Atomics.add(c, 1, 1);
      Atomics.notify(c, 1);
    } else while (Atomics.load(c, 1) === gen) Atomics.wait(c, 1, gen);
  }

  /** Runs the current command's share; returns this participant's loss for TRAIN. */
  execute(command: number): void {
    const { run, part, parts } = this;
    if (command === TRAIN) {
      this.trainer.rate = run.numbers[0];
      run.numbers[2 + part] = this.trainEpoch();
    } else if (command === EXPLORE) {
      const epoch = run.control[3];
      this.net.precompute(4000);
      writeExamples(
        run.sentences,
        run.examples,
        this.net,
        {
          explore: run.numbers[1],
          rootLabel: run.rootLabel,
          random: seededRandom(run.seed * 7919 + epoch * 131 + part),
        },
        part,
        parts,
      );
      this.net.dropPrecomputed();
    }
  }

  private trainEpoch(): number {
    const { run, part, parts, trainer } = this;
    const { examples: ex, order, batch } = run;
    let loss = 0;
    for (let i = 0; i < ex.count; i += batch) {
      const end = Math.min(ex.count, i + batch);
      const from = i + Math.floor(((end - i) * part) / parts);
      const to = i + Math.floor(((end - i) * (part + 1)) / parts);
      for (let k = from; k < to; k++) loss += trainer.accumulate(ex, order[k]);
      this.barrier();
      trainer.update(end - i);
      this.barrier();
      trainer.startBatch();
    }
    return loss;
  }

  /** A worker's loop: wait for a command, run it, report by the closing barrier; until STOP. */
  serve(): void {
    for (;;) {
      this.barrier();
      const command = this.run.control[2];
      if (command === STOP) return;
      this.execute(command);
      this.barrier();
    }
  }

  /** The main thread's side of one command (workers run theirs at the same time). */
  command(command: number): void {
    this.run.control[2] = command;
    this.barrier();
    if (command === STOP) return;
    this.execute(command);
    this.barrier();
  }
}

/** Starts a training worker as participant `part` (under tsx when running from source). */
export function startWorker(run: SharedRun, part: number): Worker {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './train-worker.ts' : './train-worker.js',
    import.meta.url,
  );
  const workerData = { run, part };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
