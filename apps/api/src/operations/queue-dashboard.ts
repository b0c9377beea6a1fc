import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { HttpException, INestApplication } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { QUEUES } from '@app/queue';
import { errorBody } from '../http/error-body';
import { bearerToken, TokenAuthenticator } from '../auth/token-authenticator';

export const DASHBOARD_ROUTE = '/admin/queues';
/** The cookie a browser carries to the dashboard, set by POST /admin/session; scoped to /admin. */
export const DASHBOARD_COOKIE = 'care_admin';

/**
 * bull-board on Fastify, with every queue of the platform. forRootAsync, not forRoot: forRoot makes one server
 * adapter when this file loads, which every app built in the same process (the tests build many) would share.
 */
export const QUEUE_DASHBOARD_IMPORTS = [
  BullBoardModule.forRootAsync({
    useFactory: () => ({
      route: DASHBOARD_ROUTE,
      adapter: FastifyAdapter,
      boardOptions: { uiConfig: { boardTitle: 'Care Awards queues' } },
    }),
  }),
  ...Object.values(QUEUES).map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
];

export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * bull-board is a Fastify plugin, outside Nest's router and so outside the access guard: this hook puts it
 * behind organizer authentication, by bearer token (scripts) or by the session cookie (browsers).
 */
export function protectQueueDashboard(app: INestApplication, fastify: FastifyInstance): void {
  const authenticator = app.get(TokenAuthenticator);
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // The route Fastify matched, not the raw URL: /admin/%71ueues reaches the same routes and must be caught.
    const route = request.routeOptions.url ?? '';
    if (route !== DASHBOARD_ROUTE && !route.startsWith(`${DASHBOARD_ROUTE}/`)) return;
    const token =
      bearerToken(request.headers.authorization) ?? cookieValue(request.headers.cookie, DASHBOARD_COOKIE);
    try {
      const user = await authenticator.activeUser(token);
      if (user.role !== 'organizer') {
        return reply
          .code(403)
          .send(errorBody(403, 'The queue dashboard is for organizer accounts', String(request.id)));
      }
    } catch (error) {
      const status = error instanceof HttpException ? error.getStatus() : 401;
      return reply.code(status).send(errorBody(status, (error as Error).message, String(request.id)));
    }
    // bull-board's page runs its own scripts and styles, served from this host only.
    void reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
  });
}
