import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AdmissionQueue } from './admission-queue';
import { errorBody } from './error-body';

/** Route config marking a route whose JSON body may be larger than the global limit (response batches). */
export const LARGE_BODY = { largeBody: true };

/**
 * Large bodies read, parsed and handled at once by one API process. Parsed JSON can hold 28 times its size in
 * heap (bench/README.md); one BATCH_BODY_LIMIT_BYTES body at a time is what the 256 MB heap was measured to
 * take with room to spare. Others wait their turn without their body being read (TCP holds it back).
 */
export const LARGE_BODIES_IN_FLIGHT = 1;
/** Beyond this many waiting, a large body is answered 503 with Retry-After rather than queued. */
export const LARGE_BODIES_WAITING = 64;
const RETRY_AFTER_SECONDS = 2;

const isLarge = (request: FastifyRequest) =>
  (request.routeOptions.config as { largeBody?: boolean } | undefined)?.largeBody === true;

/**
 * Gives routes marked LARGE_BODY their own body limit, and reads their bodies one at a time. Registered before
 * Nest adds the routes, so the hook sees each of them as it is created; streamed imports need neither because
 * their parser never buffers. Runs after authentication (onRequest), so only known callers ever wait here.
 */
export function applyLargeBodyLimit(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const config: { largeBody?: boolean } | undefined = route.config;
    if (config?.largeBody) route.bodyLimit = bodyLimit;
  });

  const queue = new AdmissionQueue(LARGE_BODIES_IN_FLIGHT, LARGE_BODIES_WAITING);
  fastify.addHook('preParsing', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (!isLarge(request)) return payload;
    const requestId = String(request.id);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      return reply.code(413).send(tooLarge(bodyLimit, requestId));
    }
    const gone = () => request.raw.destroyed || reply.raw.destroyed;
    const release = await queue.enter(gone);
    if (!release) {
      if (gone()) return payload;
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(errorBody(503, 'Too many large bodies are waiting; retry shortly', requestId));
    }
    // Held until the answer is sent or the connection drops, whichever comes first.
    reply.raw.once('close', release);
    if (reply.raw.destroyed) release();
    return payload;
  });
}

function tooLarge(bodyLimit: number, requestId: string) {
  return errorBody(413, `The body is larger than ${bodyLimit} bytes (BATCH_BODY_LIMIT_BYTES)`, requestId, [
    { field: 'body', message: `larger than ${bodyLimit} bytes; send fewer responses per batch` },
  ]);
}
