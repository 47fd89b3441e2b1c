import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /claims?q&doc` */
export declare const claimRoutes: FastifyPluginAsync<RouteDeps>;
