import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /events?actor&code&from&to&doc` */
export declare const eventRoutes: FastifyPluginAsync<RouteDeps>;
