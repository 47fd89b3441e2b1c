import { openStore } from '../store/index.js';
import { buildApp } from './app.js';
/** Opens the store, starts the server and resolves with it and its URL; closing the app closes the store. */
export async function serve(opts = {}) {
    const store = opts.store ?? (await openStore(opts.db ?? 'dateline.db'));
    const app = await buildApp({
        store,
        token: opts.token,
        open: opts.open,
        extract: opts.extract,
        logger: opts.logger ? { level: 'info' } : false,
    });
    app.addHook('onClose', async () => {
        if (!opts.store)
            await store.close();
    });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ host, port: opts.port ?? 8080 });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : opts.port;
    const shown = host.includes(':') ? `[${host}]` : host;
    return { app, url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}/` };
}
