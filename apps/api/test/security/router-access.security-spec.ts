import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Role } from '@app/common';
import {
  Access,
  ACCESS,
  createdStaffUser,
  initCollectingRoutes,
  NON_API_ACCESS,
  organizerToken,
  registeredEnterpriseUser,
  resetTestDatabase,
  ServedRoute,
} from '@app/testing';
import { createApiApp } from '../../src/create-api-app';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The authorization matrix built from the router itself, not from the documentation: every route Fastify
 * serves (Nest's controllers, Swagger UI, bull-board), every role and the anonymous caller. A route added
 * without an access rule, or one whose guard lets the wrong caller in, fails here.
 */
describe('Every route the router serves, for every role and for anonymous callers', () => {
  let app: NestFastifyApplication;
  let http: TestAgent;
  let routes: ServedRoute[] = [];
  let tokens: Record<Role, string>;

  beforeAll(async () => {
    await resetTestDatabase();
    // Writable, so that the queue dashboard's actions answer by role; read-only refuses them all to everyone
    // (operations.e2e-spec.ts checks that).
    const writable = process.env.QUEUE_DASHBOARD_WRITABLE;
    process.env.QUEUE_DASHBOARD_WRITABLE = 'true';
    try {
      app = await createApiApp();
    } finally {
      if (writable === undefined) delete process.env.QUEUE_DASHBOARD_WRITABLE;
      else process.env.QUEUE_DASHBOARD_WRITABLE = writable;
    }
    routes = await initCollectingRoutes(app);
    http = request(app.getHttpServer());
    const organizer = await organizerToken(http);
    tokens = {
      organizer,
      judge: (await createdStaffUser(http, organizer, 'judge')).token,
      enterprise: (await registeredEnterpriseUser(http)).token,
    };
  });
  afterAll(() => app.close());

  /** The router's pattern in the documentation's spelling: /rounds/:roundId -> /rounds/{roundId}. */
  // Nest's OpenAPI document names a trailing wildcard `{path}` (the web workspaces' `/app/*`).
  const documented = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{path}');
  const served = () => routes.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
  const ruleOf = (method: string, url: string): { access: Access; path: string } | null => {
    const key = `${method} ${documented(url)}`;
    if (ACCESS[key]) return { access: ACCESS[key], path: documented(url).replace(/\{\w+\}/g, SAMPLE_ID) };
    const other = NON_API_ACCESS.find((n) => n.pattern.test(url));
    // The route's own pattern with its parameters filled, so that the call reaches that very route.
    return other ? { access: other.access, path: url.replace(/:\w+/g, 'rankings').replace('*', 'x') } : null;
  };

  it('finds the routes, and an access rule for every one of them', () => {
    expect(served().length).toBeGreaterThan(Object.keys(ACCESS).length);
    expect(
      served()
        .filter((r) => !ruleOf(r.method, r.url))
        .map((r) => `${r.method} ${r.url}`),
    ).toEqual([]);
  });

  it('answers each cell as its rule says: anonymous 401, other roles 403, allowed roles neither', async () => {
    const wrong: string[] = [];
    for (const r of served()) {
      const rule = ruleOf(r.method, r.url);
      if (!rule) continue;
      const call = (token?: string) => {
        const req = http[r.method.toLowerCase() as 'get'](rule.path);
        return token ? req.set('authorization', `Bearer ${token}`) : req;
      };
      const anonymous = (await call()).status;
      if (rule.access === 'public' ? [401, 403].includes(anonymous) : anonymous !== 401)
        wrong.push(`${r.method} ${r.url} anonymous -> ${anonymous}`);
      if (rule.access === 'public') continue;
      for (const role of ['organizer', 'enterprise', 'judge'] as Role[]) {
        const status = (await call(tokens[role])).status;
        const allowed = rule.access.includes(role);
        if (allowed ? [401, 403].includes(status) : status !== 403)
          wrong.push(`${r.method} ${r.url} ${role} -> ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
