/** The server tests use: $DATELINE_PG_URL, else a local one reachable as user postgres. */
export declare const PG_ADMIN_URL: string;
/** Null when the server answers, else why the PostgreSQL tests skip. */
export declare function pgUnavailable(): Promise<string | null>;
/** Creates and drops throwaway databases on the test server. */
export declare class TestDatabases {
    private readonly made;
    /** A new, empty database; returns its URL. */
    create(): Promise<string>;
    dropAll(): Promise<void>;
    private admin;
}
