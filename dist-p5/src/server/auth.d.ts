import type { FastifyReply, FastifyRequest } from 'fastify';
export interface WriteAccess {
    /** The bearer token writes must carry; none means writes are refused unless `open`. */
    token?: string;
    /** Local use: allow writes without a token. */
    open?: boolean;
}
/** An onRequest hook that lets a write through only with the right bearer token (or on an open server). */
export declare function writeGuard(access: WriteAccess): (req: FastifyRequest, reply: FastifyReply) => Promise<undefined>;
