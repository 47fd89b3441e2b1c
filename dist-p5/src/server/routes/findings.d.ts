import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /findings?kind&doc` */
export declare const findingRoutes: FastifyPluginAsync<RouteDeps>;
