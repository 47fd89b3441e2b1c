/** Runs the CLI; resolves to the process exit code. */
export declare function main(argv: string[]): Promise<number>;
