import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** No request body of this API nests deeper than a rubric (about 5 levels); 32 leaves room and stops abuse. */
export const MAX_JSON_DEPTH = 32;

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
 * Fastify's own JSON parser (body limits, prototype-poisoning checks, 400 on bad JSON), plus two refusals
 * found by the security suite, each a 500 before: a body nested thousands of levels deep (it parses, then
 * overflows the stack of the validation that walks it) and an escaped NUL character (PostgreSQL refuses it).
 */
export function limitJsonDepth(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, body, done) => {
      const text = body.toString();
      if (/\\u0000/i.test(text)) {
        return done(new BadRequestException('NUL characters (\\u0000) are not accepted'), undefined);
      }
      void parse(request, text, (error: Error | null, value?: unknown) => {
        if (error) return done(error, undefined);
        if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
          return done(
            new BadRequestException(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`),
            undefined,
          );
        }
        done(null, value);
      });
    },
  );
}
