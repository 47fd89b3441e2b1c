import type { onRequestHookHandler } from 'fastify';
import type { Doc } from '../model/index.js';
import type { Store } from '../store/index.js';

/** What `extract()` takes besides the input (mirrors src/extract.ts). */
export interface ExtractOptions {
  published?: string;
  title?: string;
  url?: string;
  id?: string;
  html?: boolean;
  only?: string[];
  /** `attribution` (default: every attributed statement) or `speaker` (only quotes with a named speaker). */
  quoteConvention?: 'attribution' | 'speaker';
}

/** Text or HTML in, a finished Doc out; throws DatelineError on bad input. */
export type ExtractFn = (input: string, opts?: ExtractOptions) => Promise<Doc>;

/** What every route plugin gets. */
export interface RouteDeps {
  store: Store;
  extract: ExtractFn;
  /** onRequest hook for routes that write or spend CPU: bearer token or an open server. */
  guardWrite: onRequestHookHandler;
}
