/** `dateline serve [--host 127.0.0.1] [--port 8080] [--db FILE|postgres://…] [--token T] [--open]` */
export declare function run(argv: string[]): Promise<number>;
