import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/model/doc.js';
import { DatelineError } from '../src/model/errors.js';
import { type DocEvent, isAsserted } from '../src/model/schema.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';

/** One record of the shared event JSONL files (fields the suites use). */
export interface EventRecord {
  id: string;
  text: string;
  date: string | null;
  expect_no_events?: boolean;
  expected_penta_class?: number;
  evaluate?: string;
  expected_events: {
    source_actor_code: string | null;
    target_actor_code: string | null;
    event_code: string | null;
    event_code_plover_current?: string;
    mode?: string;
    /** PLOVER GSR: the markup had SRC/TAR (each listed actor is source and target, as CAMEO codes compounds) */
    reciprocal_compound?: boolean;
  }[];
}

/** Reads ../shared/data/events/<dir>/<file>, or throws DL_EVAL_NO_DATA naming the path. */
export function readRecords(dir: string, file: string, limit?: number): EventRecord[] {
  const path = sharedData('events', dir, file);
  if (!path) throw new DatelineError('DL_EVAL_NO_DATA', '-', `needs ../shared/data/events/${dir}/${file}`);
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EventRecord);
  return limit ? rows.slice(0, limit) : rows;
}

const LAYERS = new Set(['sentences', 'tokens', 'mentions', 'entities', 'timexes', 'events', 'parse']);

/** The stages that lead to events (whichever of segment, parse, mentions, entities, time exist). */
export function eventPipeline(): Promise<Pipeline> {
  const names = ALL_STAGES.filter((s) => s.makes.some((l) => LAYERS.has(l))).map((s) => s.name);
  return buildPipeline(ALL_STAGES, { only: names });
}

/** Runs the pipeline on one record's sentence. */
export function docFor(pipe: Pipeline, r: EventRecord): Doc {
  const doc = createDoc(r.text, {
    published: r.date ? { value: r.date, from: 'given' } : { value: null, from: 'none' },
  });
  return pipe.run(doc);
}

/** Events the text asserts happened (`isAsserted`: not negated, not only threatened, promised, requested …). */
export const asserted = (doc: Doc): DocEvent[] => doc.events.filter(isAsserted);
