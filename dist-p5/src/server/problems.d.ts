import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode } from '../model/errors.js';
/** RFC 9457 problem details, with Dateline's code and the document/offset when known. */
export interface Problem {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance?: string;
    code: string;
    docId?: string;
    offset?: number;
}
export declare const PROBLEM_TYPE = "application/problem+json";
/** The status a Dateline error code maps to. */
export declare const statusFor: (code: ErrorCode) => number;
/** A problem for an HTTP status with its own code (401, 404 …). */
export declare function httpProblem(status: number, detail: string, instance?: string): Problem;
/** Turns any thrown error into a problem; internal errors do not leak their message. */
export declare function problemOf(err: unknown, instance?: string): Problem;
/** Sends a problem as `application/problem+json`. */
export declare function sendProblem(reply: FastifyReply, p: Problem): FastifyReply<import("fastify").RouteGenericInterface, import("fastify").RawServerDefault, import("http").IncomingMessage, import("http").ServerResponse<import("http").IncomingMessage>, unknown, import("fastify").FastifySchema, import("fastify").FastifyTypeProviderDefault, unknown>;
/** Fastify error handler: every error leaves as problem JSON. */
export declare function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply<import("fastify").RouteGenericInterface, import("fastify").RawServerDefault, import("http").IncomingMessage, import("http").ServerResponse<import("http").IncomingMessage>, unknown, import("fastify").FastifySchema, import("fastify").FastifyTypeProviderDefault, unknown>;
