import { PayloadTooLargeException, RequestTimeoutException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough, Readable, Transform } from 'node:stream';
import { AdmissionQueue, type Language } from '@app/common';
import { requestLanguage } from './accept-language';
import { errorBody, sendErrorBody } from './error-body';
import { HttpMessages, localizedException } from './http-messages';

/** Route config marking a route whose JSON body may be larger than the global limit (response batches). */
export const LARGE_BODY = { largeBody: true };

/** Beyond this many waiting, a large body is answered 503 with Retry-After rather than queued. */
export const LARGE_BODIES_WAITING = 64;
const RETRY_AFTER_SECONDS = 2;

const ADMISSION = 'largeBodyAdmission';

/** The admission queue of an application's large bodies: what it holds and how many wait (for tests, gauges). */
export const largeBodyAdmission = (app: NestFastifyApplication): AdmissionQueue =>
  (app.getHttpAdapter().getInstance() as unknown as Record<string, AdmissionQueue>)[ADMISSION];

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
export function applyLargeBodyLimit(
  app: NestFastifyApplication,
  bodyLimit: number,
  bodyTimeoutMs: number,
): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const config = route.config as { largeBody?: boolean } | undefined;
    if (config?.largeBody) route.bodyLimit = bodyLimit;
  });

  const queue = new AdmissionQueue(bodyLimit, LARGE_BODIES_WAITING);
  fastify.decorate(ADMISSION, queue);
  fastify.addHook('preParsing', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (!isLarge(request)) return payload;
    const requestId = String(request.id);
    const language = requestLanguage(request);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      return sendErrorBody(reply, tooLarge(bodyLimit, requestId, language), language);
    }
    const gone = () => request.raw.destroyed || reply.raw.destroyed;
    const release = await queue.enter(Number.isFinite(declared) ? declared : bodyLimit, gone);
    if (!release) {
      if (gone()) return payload;
      const body = errorBody(503, HttpMessages.largeBodiesWaiting[language], requestId);
      return sendErrorBody(reply.header('retry-after', String(RETRY_AFTER_SECONDS)), body, language);
    }
    // Held until the answer is sent or the connection drops, whichever comes first.
    reply.raw.once('close', release);
    if (reply.raw.destroyed) release();
    const body = Number.isFinite(declared) ? payload : counted(payload, bodyLimit);
    return timed(body, bodyTimeoutMs, () => {
      // The rest of a trickled body is not waited for: the connection closes after the 408.
      void reply.header('connection', 'close');
      release();
    });
  });
}

/**
 * Fails the body with a 408 when it has not fully arrived `timeoutMs` after admission: a caller that declares
 * a large body and then sends it a few bytes at a time would otherwise hold its share of the admission
 * capacity for as long as it likes, and every other partner's batch would queue behind it and then get 503.
 */
function timed(payload: Readable, timeoutMs: number, onTimeout: () => void): Readable {
  const out = new PassThrough();
  const timer = setTimeout(() => {
    onTimeout();
    const error = localizedException(RequestTimeoutException, HttpMessages.bodyTimeout(timeoutMs), {
      code: 'REQUEST_TIMEOUT',
    });
    // Fastify answers a stream error with its statusCode.
    out.destroy(Object.assign(error, { statusCode: 408 }));
    payload.unpipe(out);
  }, timeoutMs);
  const done = () => clearTimeout(timer);
  payload.once('end', done);
  payload.once('close', done);
  payload.once('error', (error) => {
    done();
    out.destroy(error);
  });
  return payload.pipe(out);
}

/**
 * A body sent without Content-Length, cut off with the same 413 as a declared one as soon as it passes the
 * limit (Fastify's own check would say only "Request body is too large").
 */
function counted(payload: Readable, bodyLimit: number): Readable {
  let seen = 0;
  const out = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      seen += chunk.length;
      if (seen <= bodyLimit) return next(null, chunk);
      const error = localizedException(PayloadTooLargeException, HttpMessages.bodyTooLarge(bodyLimit), {
        details: [{ field: 'body', message: HttpMessages.bodyTooLargeDetail(bodyLimit) }],
      });
      // Fastify answers a stream error with its statusCode, 400 when it has none.
      next(Object.assign(error, { statusCode: 413 }));
    },
  });
  payload.once('error', (error) => out.destroy(error));
  return payload.pipe(out);
}

function tooLarge(bodyLimit: number, requestId: string, language: Language) {
  return errorBody(413, HttpMessages.bodyTooLarge(bodyLimit)[language], requestId, [
    { field: 'body', message: HttpMessages.bodyTooLargeDetail(bodyLimit)[language] },
  ]);
}
