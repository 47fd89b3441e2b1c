import { DatelineError } from '../model/errors.js';
import { serve } from '../server/serve.js';
import { parseFlags } from './args.js';
/** `dateline serve [--host 127.0.0.1] [--port 8080] [--db FILE|postgres://…] [--token T] [--open]` */
export async function run(argv) {
    const { values } = parseFlags(argv, {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8080' },
        db: { type: 'string', default: 'dateline.db' },
        token: { type: 'string' },
        open: { type: 'boolean', default: false },
        log: { type: 'boolean', default: false },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new DatelineError('DL_USAGE', '-', `--port must be 0–65535, got ${values.port}`);
    }
    const token = values.token ?? process.env.DATELINE_TOKEN ?? undefined;
    const { app, url } = await serve({
        db: values.db,
        host: values.host,
        port,
        token: token || undefined,
        open: values.open,
        logger: values.log,
    });
    const writes = token
        ? 'writes need the bearer token'
        : values.open
            ? 'writes open (no token)'
            : 'read-only';
    process.stdout.write(`Dateline explorer at ${url}  (API docs ${url}docs, ${writes})\n`);
    await new Promise((done) => {
        const stop = () => done();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    await app.close();
    return 0;
}
