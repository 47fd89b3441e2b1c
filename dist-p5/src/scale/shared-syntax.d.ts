import type { SharedModel } from '../syntax/shared-tables.js';
/**
 * The committed syntax model's tables, unpacked once per process into SharedArrayBuffers for the pool's
 * workers, by a thread that exits afterwards (null when the model file is missing).
 */
export declare function sharedSyntaxModel(): Promise<SharedModel | null>;
