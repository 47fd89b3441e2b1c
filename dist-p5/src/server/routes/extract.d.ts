import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../context.js';
/** `POST /extract`: the Doc for an article, without storing it. */
export declare const extractRoutes: FastifyPluginAsync<RouteDeps>;
