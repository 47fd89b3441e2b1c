import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import type { LayerName } from '../model/schema.js';
import type { Stage } from './stage.js';

export interface PipelineOptions {
  /** Run only these stages (and nothing else: their needs must be met by the input). */
  only?: readonly string[];
  /** Called after each stage with its elapsed milliseconds (for bench). */
  onStage?: (name: string, ms: number) => void;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/**
 * Orders stages so every `needs` is made by an earlier stage, then freezes the list.
 * With `only`, stages outside the list are left out; a needed layer that none of the chosen stages
 * makes is then taken as given by the input (it may be empty).
 */
export function orderStages(all: readonly Stage[], only?: readonly string[]): Stage[] {
  const byName = new Map(all.map((s) => [s.name, s]));
  for (const name of only ?? []) {
    if (!byName.has(name)) {
      throw new DatelineError(
        'DL_PIPELINE_UNKNOWN_STAGE',
        '-',
        `no stage "${name}" (stages: ${[...byName.keys()].join(', ')})`,
      );
    }
  }
  const chosen = only ? all.filter((s) => only.includes(s.name)) : [...all];
  const makers = new Map<LayerName, Stage>();
  for (const s of chosen) for (const l of s.makes) if (!makers.has(l)) makers.set(l, s);
  const ordered: Stage[] = [];
  const state = new Map<Stage, 'visiting' | 'done'>();
  const visit = (s: Stage) => {
    if (state.get(s) === 'done') return;
    if (state.get(s) === 'visiting') {
      throw new DatelineError('DL_PIPELINE_MISSING_LAYER', '-', `stage "${s.name}" is part of a cycle`);
    }
    state.set(s, 'visiting');
    for (const need of s.needs) {
      const maker = makers.get(need);
      if (maker && maker !== s) visit(maker);
      else if (!maker && !only) {
        throw new DatelineError('DL_PIPELINE_MISSING_LAYER', '-', `stage "${s.name}" needs "${need}"`);
      }
    }
    state.set(s, 'done');
    ordered.push(s);
  };
  for (const s of chosen) visit(s);
  return ordered;
}

/** The stages in run order, each as it runs beside the others (`within`), not yet initialised. */
export function pipelineStages(all: readonly Stage[], only?: readonly string[]): Stage[] {
  const ordered = orderStages(all, only);
  const names = ordered.map((s) => s.name);
  return ordered.map((s) => s.within?.(names) ?? s);
}

/** Builds a frozen pipeline over the given stages; stages are initialised once here. */
export async function buildPipeline(all: readonly Stage[], opts: PipelineOptions = {}): Promise<Pipeline> {
  const stages = Object.freeze(pipelineStages(all, opts.only));
  for (const s of stages) await s.init?.();
  const onStage = opts.onStage;
  return Object.freeze({
    stages,
    run(doc: Doc): Doc {
      for (const s of stages) {
        const t0 = onStage ? performance.now() : 0;
        try {
          s.run(doc);
        } catch (err) {
          if (err instanceof DatelineError) throw err;
          throw new DatelineError(
            'DL_STAGE_FAILED',
            doc.id,
            `stage ${s.name}: ${(err as Error).message}`,
            undefined,
            {
              cause: err,
            },
          );
        }
        if (onStage) onStage(s.name, performance.now() - t0);
      }
      return doc;
    },
  });
}
