import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /health` and `GET /version`. */
export declare const metaRoutes: FastifyPluginAsync<RouteDeps>;
