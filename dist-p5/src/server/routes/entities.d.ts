import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /entities?type&q&doc` */
export declare const entityRoutes: FastifyPluginAsync<RouteDeps>;
