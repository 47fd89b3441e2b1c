import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';
import type { ExtractFn } from './context.js';

export interface ServeOptions {
  /** SQLite file or postgres://… (default ./dateline.db); or an open store. */
  db?: string;
  store?: Store;
  host?: string;
  port?: number;
  token?: string;
  open?: boolean;
  extract?: ExtractFn;
  logger?: boolean;
}

/** Opens the store, starts the server and resolves with it and its URL; closing the app closes the store. */
export async function serve(opts: ServeOptions = {}): Promise<{ app: FastifyInstance; url: string }> {
  const store = opts.store ?? (await openStore(opts.db ?? 'dateline.db'));
  const app = await buildApp({
    store,
    token: opts.token,
    open: opts.open,
    extract: opts.extract,
    logger: opts.logger ? { level: 'info' } : false,
  });
  app.addHook('onClose', async () => {
    if (!opts.store) await store.close();
  });
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 8080 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}/` };
}
