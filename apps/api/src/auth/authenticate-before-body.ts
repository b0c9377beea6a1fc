import { HttpException, Logger } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PartnerKeysService } from '@app/surveys';
import { isDependencyUnavailable } from '../http/dependency-errors';
import { errorBody } from '../http/error-body';
import { AuthenticatedRequest, PARTNER_KEY_HEADER } from './access.decorators';
import { RouteAccess, routeAccessMap, routeKey } from './route-access';
import { bearerToken, TokenAuthenticator } from './token-authenticator';

/** Seconds a client should wait when the credentials cannot be checked because a dependency is away. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Checks the bearer token or the survey-partner key in Fastify's `onRequest` phase, before any byte of the
 * body is read or parsed: Nest's guard runs only after the body parser, so a large body sent without
 * credentials would otherwise be buffered and parsed (a 32 MiB one exhausted the heap). The caller found is
 * left on the request for the access guard, which still checks roles and the partner key's campaign.
 * Public routes and routes outside Nest's controllers (Swagger UI, the queue dashboard with its own hook,
 * CORS preflights, unknown paths) pass through untouched.
 */
export function authenticateBeforeBody(app: NestFastifyApplication): void {
  const access = routeAccessMap(app.get(ModulesContainer), app.get(Reflector));
  const authenticator = app.get(TokenAuthenticator);
  const partnerKeys = app.get(PartnerKeysService);
  const logger = new Logger('Authentication');

  const identify = async (request: AuthenticatedRequest, rule: RouteAccess): Promise<void> => {
    const apiKey = request.headers[PARTNER_KEY_HEADER];
    if (rule === 'bearer-or-partner-key' && typeof apiKey === 'string') {
      const key = await partnerKeys.authenticate(apiKey.trim());
      if (!key) throw new HttpException('The survey-partner key is invalid or revoked', 401);
      request.partner = key;
      return;
    }
    request.user = await authenticator.activeUser(bearerToken(request.headers.authorization));
  };

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const url = request.routeOptions.url;
      if (!url) return;
      // Fastify answers HEAD with the GET route; it is guarded as that route.
      const rule = access.get(routeKey(request.method === 'HEAD' ? 'GET' : request.method, url));
      if (!rule || rule === 'public') return;
      try {
        await identify(request, rule);
      } catch (error) {
        const requestId = String(request.id);
        let status = 500;
        let message = `Internal error; quote request id ${requestId} when reporting it`;
        if (error instanceof HttpException) {
          status = error.getStatus();
          message = error.message;
        } else if (isDependencyUnavailable(error)) {
          status = 503;
          message = 'A service this request needs is unavailable; retry shortly';
          void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        } else {
          logger.error(`${requestId}: authentication failed: ${String(error)}`, (error as Error).stack);
        }
        // Node discards the unread body as it arrives, in constant memory; the parser never sees it.
        return reply
          .code(status)
          .header('content-type', 'application/json; charset=utf-8')
          .send(errorBody(status, message, requestId));
      }
    });
}
