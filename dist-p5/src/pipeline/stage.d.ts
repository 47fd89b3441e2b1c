import type { Doc } from '../model/doc.js';
import type { LayerName } from '../model/schema.js';
/** A stage: one job, reads earlier layers, writes its own. Stages meet only in the Doc. */
export interface Stage {
    readonly name: string;
    readonly needs: readonly LayerName[];
    readonly makes: readonly LayerName[];
    /** Loads lexicons/models once; they are read-only afterwards. */
    init?(): Promise<void>;
    run(doc: Doc): void;
    /**
     * This stage as it should run in a pipeline of these stages (names in run order), e.g. one that skips
     * work a later stage redoes; `buildPipeline` asks before `init`. Without it, the stage itself.
     */
    within?(names: readonly string[]): Stage;
}
