import { PayloadTooLargeException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable, Transform } from 'node:stream';
import { AdmissionQueue } from './admission-queue';
import { errorBody } from './error-body';

/** Route config marking a route whose JSON body may be larger than the global limit (response batches). */
export const LARGE_BODY = { largeBody: true };

/** Beyond this many waiting, a large body is answered 503 with Retry-After rather than queued. */
export const LARGE_BODIES_WAITING = 64;
const RETRY_AFTER_SECONDS = 2;

const isLarge = (request: FastifyRequest) =>
  (request.routeOptions.config as { largeBody?: boolean } | undefined)?.largeBody === true;

/**
 * Gives routes marked LARGE_BODY their own body limit, and reads, parses and handles their bodies side by side
 * only up to that limit in total (each counted at its Content-Length, or the whole limit when it sends none):
 * parsed JSON can hold 9.7 times its size in heap once the shape checks have run, and one limit's worth at a
 * time is what the 256 MB heap was measured to take with room to spare (bench/README.md). Small batches still
 * go in parallel; the others wait their turn with their body unread (TCP holds it back). Registered before
 * Nest adds the routes, so the hook sees each of them as it is created; streamed imports need none of this
 * because their parser never buffers. Runs after authentication (onRequest): only known callers wait here.
 */
export function applyLargeBodyLimit(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const config: { largeBody?: boolean } | undefined = route.config;
    if (config?.largeBody) route.bodyLimit = bodyLimit;
  });

  const queue = new AdmissionQueue(bodyLimit, LARGE_BODIES_WAITING);
  fastify.addHook('preParsing', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (!isLarge(request)) return payload;
    const requestId = String(request.id);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      return reply.code(413).send(tooLarge(bodyLimit, requestId));
    }
    const gone = () => request.raw.destroyed || reply.raw.destroyed;
    const release = await queue.enter(Number.isFinite(declared) ? declared : bodyLimit, gone);
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
    return Number.isFinite(declared) ? payload : counted(payload, bodyLimit, requestId);
  });
}

/**
 * A body sent without Content-Length, cut off with the same 413 as a declared one as soon as it passes the
 * limit (Fastify's own check would say only "Request body is too large").
 */
function counted(payload: Readable, bodyLimit: number, requestId: string): Readable {
  let seen = 0;
  const out = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      seen += chunk.length;
      if (seen <= bodyLimit) return next(null, chunk);
      const error = new PayloadTooLargeException(tooLarge(bodyLimit, requestId));
      // Fastify answers a stream error with its statusCode, 400 when it has none.
      next(Object.assign(error, { statusCode: 413 }));
    },
  });
  payload.once('error', (error) => out.destroy(error));
  return payload.pipe(out);
}

function tooLarge(bodyLimit: number, requestId: string) {
  return errorBody(413, `The body is larger than ${bodyLimit} bytes (BATCH_BODY_LIMIT_BYTES)`, requestId, [
    { field: 'body', message: `larger than ${bodyLimit} bytes; send fewer responses per batch` },
  ]);
}
