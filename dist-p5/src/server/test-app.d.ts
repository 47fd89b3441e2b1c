import { type AppOptions } from './app.js';
import type { ExtractFn } from './context.js';
/**
 * A stand-in for src/extract.ts that keeps server tests about HTTP: text becomes a Doc with no layers,
 * HTML without a paragraph is "bad HTML", empty input is an error, as the real one does.
 */
export declare const fakeExtract: ExtractFn;
/** A tiny explorer folder: an index page and one asset, for static-serving tests. */
export declare function fakeWebRoot(): string;
/** An app over an in-memory store holding the three fixture articles. */
export declare function testApp(opts?: Partial<AppOptions>): Promise<import("fastify").FastifyInstance<import("fastify").RawServerDefault, import("http").IncomingMessage, import("http").ServerResponse<import("http").IncomingMessage>, import("fastify").FastifyBaseLogger, import("fastify").FastifyTypeProviderDefault>>;
