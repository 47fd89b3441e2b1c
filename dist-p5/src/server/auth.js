import { createHash, timingSafeEqual } from 'node:crypto';
import { httpProblem, sendProblem } from './problems.js';
const digest = (s) => createHash('sha256').update(s).digest();
/** An onRequest hook that lets a write through only with the right bearer token (or on an open server). */
export function writeGuard(access) {
    const want = access.token ? digest(access.token) : null;
    return async (req, reply) => {
        if (want) {
            const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
            // Compare digests so the check takes the same time whatever the token's length.
            if (m && timingSafeEqual(digest(m[1]), want))
                return;
            reply.header('WWW-Authenticate', 'Bearer realm="dateline"');
            return sendProblem(reply, httpProblem(401, 'send Authorization: Bearer <token>', req.url));
        }
        if (access.open)
            return;
        return sendProblem(reply, httpProblem(403, 'no token is set: start the server with --token (or DATELINE_TOKEN), or --open', req.url));
    };
}
