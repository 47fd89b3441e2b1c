import { type Doc } from '../model/index.js';
import type { Store } from './store.js';
/** How the contract gets a backend: a location for a new, empty store, and whether it survives a close. */
export interface ContractBackend {
    fresh(): Promise<string>;
    persistent: boolean;
    /** A reason to skip every test, or false. */
    skip: string | false;
    cleanup?(): Promise<void>;
    /** Backend-level checks after a crash (SQLite: integrity_check), throwing on a problem. */
    checkIntegrity?(location: string): Promise<void>;
}
/** Asserts that the store's rows for a document are exactly those its JSON yields. */
export declare function assertWhole(store: Store, id: string): Promise<Doc>;
/** Runs `crash-writer.ts` in a child process; resolves with the indices it reported committed and how it ended. */
export declare function runWriter(location: string, count: number, killAfter?: number): Promise<{
    done: number[];
    code: number | null;
    signal: NodeJS.Signals | null;
}>;
/** Registers the behaviour every Store must have, run against one backend. */
export declare function storeContract(label: string, backend: ContractBackend): void;
