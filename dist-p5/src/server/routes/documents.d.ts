import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `/documents`: store new articles, list and search them, fetch one whole. */
export declare const documentRoutes: FastifyPluginAsync<RouteDeps>;
