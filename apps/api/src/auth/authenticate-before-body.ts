import { ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { PartnerKeysService } from '@app/surveys';
import { replyWithError } from '../http/exception.filter';
import { authorizeCaller, identifyCaller } from './access-decision';
import { AuthenticatedRequest } from './access.decorators';
import { routeAccessMap, routeKey } from './route-access';
import { TokenAuthenticator } from './token-authenticator';

/**
 * Checks the bearer token or the survey-partner key, and then the caller's role and the key's campaign, in
 * Fastify's `onRequest` phase, before any byte of the body is read or parsed: Nest's guard runs only after the
 * body parser, so a body sent without credentials (a 32 MiB one exhausted the heap), or by a self-registered
 * account or another campaign's key, would otherwise be buffered, parsed and even queued for admission before
 * its 401 or 403. The decision is the guard's own (access-decision.ts); the guard makes it again afterwards.
 * Public routes and routes outside Nest's controllers (Swagger UI, the queue dashboard with its own hook,
 * CORS preflights, unknown paths) pass through untouched.
 */
export function authenticateBeforeBody(app: NestFastifyApplication): void {
  const access = routeAccessMap(app.get(ModulesContainer), app.get(Reflector));
  const sources = { authenticator: app.get(TokenAuthenticator), partnerKeys: app.get(PartnerKeysService) };

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: AuthenticatedRequest, reply: FastifyReply) => {
      const url = request.routeOptions.url;
      if (!url) return;
      // Fastify answers HEAD with the GET route; it is guarded as that route.
      const rule = access.get(routeKey(request.method === 'HEAD' ? 'GET' : request.method, url));
      if (!rule || rule.public) return;
      try {
        await identifyCaller(request, rule, sources);
        authorizeCaller(request, rule);
      } catch (error) {
        // Node discards the unread body as it arrives, in constant memory; the parser never sees it.
        return replyWithError(reply, error, request);
      }
    });
}
