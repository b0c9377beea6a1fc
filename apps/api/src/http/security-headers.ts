import type { FastifyInstance } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';

// The queue dashboard answers with a policy of its own (queue-dashboard.ts), the badge with its own resource
// policy (it is meant to be embedded elsewhere); everything else carries this one.
export const SECURITY_HEADERS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Swagger UI injects its own styles; scripts stay same-origin.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  // The same as frame-ancestors 'none', for browsers that read only X-Frame-Options: nothing frames these pages.
  frameguard: { action: 'deny' },
};

/**
 * Helmet's headers on every answer, early (an answer refused before its body is read carries them too).
 * Helmet's middleware is made once: @fastify/helmet makes it again for every request, parsing the policy
 * each time (4 % of the API's CPU time on a cheap route, a CPU profile under load, 2026-12-03).
 */
export function sendSecurityHeaders(fastify: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const setHeaders = helmet(options);
  fastify.addHook('onRequest', (request, reply, done) => {
    // Helmet stops at a directive it cannot write (a policy value computed per request, say) and passes the
    // error on without setting the rest: the answer must then fail, never go out without its headers.
    setHeaders(request.raw, reply.raw, (error?: unknown) => {
      if (error === undefined) return done();
      done(error instanceof Error ? error : new Error('helmet could not write a security header'));
    });
  });
}
