import type { Doc } from '../model/doc.js';
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
export declare function orderStages(all: readonly Stage[], only?: readonly string[]): Stage[];
/** Builds a frozen pipeline over the given stages; stages are initialised once here. */
export declare function buildPipeline(all: readonly Stage[], opts?: PipelineOptions): Promise<Pipeline>;
