import { type Doc } from '../src/model/doc.js';
import type { DocEvent } from '../src/model/schema.js';
import { type Pipeline } from '../src/pipeline/pipeline.js';
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
    }[];
}
/** Reads ../shared/data/events/<dir>/<file>, or throws DL_EVAL_NO_DATA naming the path. */
export declare function readRecords(dir: string, file: string, limit?: number): EventRecord[];
/** The stages that lead to events (whichever of segment, parse, mentions, entities, time exist). */
export declare function eventPipeline(): Promise<Pipeline>;
/** Runs the pipeline on one record's sentence. */
export declare function docFor(pipe: Pipeline, r: EventRecord): Doc;
/** Events the text asserts happened: not negated, not only threatened, denied, refused, requested, promised,
 * alleged or conditional (the threat or promise is its own event). */
export declare const asserted: (doc: Doc) => DocEvent[];
