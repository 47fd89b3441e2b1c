import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /quotes?speaker&q&doc` */
export declare const quoteRoutes: FastifyPluginAsync<RouteDeps>;
