import { type IngestOptions } from './ingest/index.js';
import type { Doc } from './model/doc.js';
import { type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
/** A frozen pipeline over Dateline's stages (all of them, or `only` some). */
export declare function createPipeline(opts?: PipelineOptions): Promise<Pipeline>;
export interface ExtractOptions extends IngestOptions {
    title?: string;
    url?: string;
    source?: string;
    id?: string;
    /** Treat the input as HTML (otherwise it is sniffed). */
    html?: boolean;
    only?: readonly string[];
}
/** Reads one article (text or HTML) and runs the pipeline on it. Throws DatelineError on bad input. */
export declare function extract(input: string, opts?: ExtractOptions): Promise<Doc>;
