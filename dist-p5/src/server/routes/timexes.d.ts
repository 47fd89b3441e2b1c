import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `GET /timexes?type&q&from&to&doc` */
export declare const timexRoutes: FastifyPluginAsync<RouteDeps>;
