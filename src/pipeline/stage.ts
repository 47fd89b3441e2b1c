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
}
