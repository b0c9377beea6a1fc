import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { isUtf8 } from 'node:buffer';
import { HttpMessages, localizedException } from './http-messages';
import { batchContainerLimit, jsonTextShape, MAX_BODY_CONTAINERS, MAX_JSON_DEPTH } from './json-shape';
import { RequestValidationException } from './validation-errors';

export { MAX_JSON_DEPTH };

/** Whether a parsed JSON value nests deeper than `max` objects or arrays; iterative, so depth cannot overflow it. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Fastify's own JSON parser (body limits, prototype-poisoning checks, 400 on bad JSON), plus refusals found by
 * the security suite, each a 500 before: a body nested thousands of levels deep (it parses, then overflows the
 * stack of the validation that walks it) and an escaped NUL character (PostgreSQL refuses it). The depth is read
 * from the text before parsing (jsonTextShape), so a refused body is never built in memory; a response batch
 * is also refused when it holds more objects and arrays than 10,000 responses can, any other body when it
 * holds more than MAX_BODY_CONTAINERS: empty ones cost up to 28 bytes of heap per byte of body (bench/README.md).
 */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in a parsed body, key or value, holds half a surrogate pair. */
export function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || holdsLoneSurrogate(v));
  }
  return false;
}

export function limitJsonDepth(app: NestFastifyApplication, batchRows: number): void {
  const batchContainers = batchContainerLimit(batchRows);
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    // As bytes: the shape is read from them before they are decoded (json-shape.ts says why).
    { parseAs: 'buffer' },
    (request: FastifyRequest, body, done) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      // Decoding would quietly turn a malformed byte into U+FFFD and store it; JSON text is UTF-8 (RFC 8259).
      if (!isUtf8(bytes)) {
        return done(localizedException(BadRequestException, HttpMessages.notUtf8), undefined);
      }
      const text = bytes.toString('utf8');
      if (/\\u0000/i.test(text)) {
        return done(localizedException(BadRequestException, HttpMessages.nulCharacters), undefined);
      }
      const shape = jsonTextShape(bytes);
      if (shape.depth > MAX_JSON_DEPTH) {
        return done(
          localizedException(BadRequestException, HttpMessages.jsonTooDeep(MAX_JSON_DEPTH)),
          undefined,
        );
      }
      const large = (request.routeOptions.config as { largeBody?: boolean } | undefined)?.largeBody;
      if (!large && shape.containers > MAX_BODY_CONTAINERS) {
        return done(
          new RequestValidationException([
            {
              field: '(body)',
              message: HttpMessages.tooManyContainers(shape.containers, MAX_BODY_CONTAINERS),
            },
          ]),
          undefined,
        );
      }
      if (large && shape.containers > batchContainers) {
        return done(
          new RequestValidationException([
            {
              field: 'responses',
              message: HttpMessages.batchTooManyContainers(shape.containers, batchRows, batchContainers),
            },
          ]),
          undefined,
        );
      }
      // Half a surrogate pair parses into a string PostgreSQL's jsonb refuses (a 500 at the insert). Only a
      // body whose text holds such an escape is walked, so ordinary bodies pay one regular expression.
      const suspicious = SURROGATE_ESCAPE.test(text);
      void parse(request, text, (error: Error | null, value?: unknown) => {
        if (!error && suspicious && holdsLoneSurrogate(value)) {
          return done(localizedException(BadRequestException, HttpMessages.loneSurrogates), undefined);
        }
        done(error, value);
      });
    },
  );
}
