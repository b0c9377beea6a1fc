import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { INestApplication } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { httpConfig } from '@app/config';
import { AuditLogService } from '@app/identity';
import { QUEUES } from '@app/queue';
import { requestLanguage } from '../http/accept-language';
import { errorBody, sendErrorBody } from '../http/error-body';
import { HttpMessages } from '../http/http-messages';
import { replyWithError } from '../http/exception.filter';
import { actorOf, AuthenticatedRequest } from '../auth/access.decorators';
import { bearerToken, TokenAuthenticator } from '../auth/token-authenticator';
import { dashboardAction, isDashboardRead } from './queue-dashboard-actions';

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

/** The largest request body an audit row keeps whole; beyond it, only its size. */
const AUDITED_BODY_CHARS = 8192;

function isDashboardRoute(request: FastifyRequest): boolean {
  // The route Fastify matched, not the raw URL: /admin/%71ueues reaches the same routes and must be caught.
  const route = request.routeOptions.url ?? '';
  return route === DASHBOARD_ROUTE || route.startsWith(`${DASHBOARD_ROUTE}/`);
}

/**
 * bull-board is a Fastify plugin, outside Nest's router and so outside the access guard: this hook puts it
 * behind organizer authentication, by bearer token (scripts) or by the session cookie (browsers). Pausing
 * `campaign-schedule` would hold back an announcement, so the dashboard only shows unless the deployment sets
 * QUEUE_DASHBOARD_WRITABLE=true (refused before any body is read), and then every action is audited.
 */
export function protectQueueDashboard(app: INestApplication, fastify: FastifyInstance): void {
  const authenticator = app.get(TokenAuthenticator);
  const auditLog = app.get(AuditLogService);
  const { queueDashboardWritable } = app.get<ConfigType<typeof httpConfig>>(httpConfig.KEY);
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isDashboardRoute(request)) return;
    const language = requestLanguage(request);
    const token =
      bearerToken(request.headers.authorization) ?? cookieValue(request.headers.cookie, DASHBOARD_COOKIE);
    try {
      const user = await authenticator.activeUser(token);
      if (user.role !== 'organizer') {
        const body = errorBody(403, HttpMessages.dashboardForOrganizers[language], String(request.id));
        return sendErrorBody(reply, body, language);
      }
      (request as AuthenticatedRequest).user = user;
      if (!queueDashboardWritable && !isDashboardRead(request.method)) {
        const body = errorBody(
          403,
          HttpMessages.dashboardReadOnly[language],
          String(request.id),
          undefined,
          'QUEUE_DASHBOARD_READ_ONLY',
        );
        return sendErrorBody(reply, body, language);
      }
    } catch (error) {
      return replyWithError(reply, error, request);
    }
    // bull-board's page runs its own scripts and styles, served from this host only.
    void reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
  });
  // After the body is parsed and before bull-board acts: an action whose audit row cannot be written is not done.
  fastify.addHook('preHandler', async (request: FastifyRequest) => {
    if (!isDashboardRoute(request) || isDashboardRead(request.method)) return;
    const params = request.params as Record<string, string | undefined>;
    const { action, queue, job } = dashboardAction(DASHBOARD_ROUTE, request.routeOptions.url ?? '', params);
    await auditLog.record(actorOf(request), {
      action,
      entityType: 'queue',
      entityId: queue,
      after: {
        method: request.method,
        route: request.routeOptions.url ?? null,
        queue,
        job,
        ...(params.queueStatus ? { status: params.queueStatus } : {}),
        ...(params.schedulerId ? { scheduler: params.schedulerId } : {}),
        ...auditedBody(request.body),
      },
    });
  });
}

function auditedBody(body: unknown): { body?: unknown; bodyChars?: number } {
  if (body === undefined || body === null) return {};
  const text = JSON.stringify(body);
  return text.length <= AUDITED_BODY_CHARS ? { body } : { bodyChars: text.length };
}
