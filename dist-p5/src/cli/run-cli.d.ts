export interface CliResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}
/** Runs the CLI from source in a child process (for tests): `dateline ...args`. */
export declare function runCli(args: string[], opts?: {
    input?: string;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
}): {
    child: import("child_process").ChildProcessWithoutNullStreams;
    done: Promise<CliResult>;
};
