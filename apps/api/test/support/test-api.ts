import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { buildAccount, resetTestDatabase, TEST_ORGANIZER } from '@app/testing';
import { createApiApp } from '../../src/create-api-app';

export interface TestApi {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real API (same factory as main.ts: pipes, filter, guards, helmet) on the real test database.
 * `env` overrides variables for this app only, e.g. a Redis URL that points nowhere.
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const app = await createApiApp();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const dataSource = app.get<DataSource>(getDataSourceToken());
    return { app, http: request(app.getHttpServer()), dataSource, close: () => app.close() };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Empties the database, then boots the API (which creates the bootstrap organizer again). */
export async function startFreshTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  await resetTestDatabase();
  return startTestApi(env);
}

export async function loginToken(http: TestAgent, email: string, password: string): Promise<string> {
  const res = await http.post('/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken as string;
}

export const organizerToken = (http: TestAgent) =>
  loginToken(http, TEST_ORGANIZER.email, TEST_ORGANIZER.password);

export async function registeredEnterpriseUser(http: TestAgent) {
  const account = buildAccount();
  const res = await http.post('/auth/register').send(account).expect(201);
  return { account, token: res.body.accessToken as string, id: res.body.user.id as string };
}

export async function createdStaffUser(http: TestAgent, organizer: string, role: 'judge' | 'organizer') {
  const account = buildAccount();
  const res = await http
    .post('/users')
    .set('authorization', `Bearer ${organizer}`)
    .send({ ...account, role })
    .expect(201);
  return {
    account,
    id: res.body.id as string,
    token: await loginToken(http, account.email, account.password),
  };
}

/** Puts the test API on a real port of the loopback interface, for a browser or a client process; its base URL. */
export async function listenLocally(api: TestApi): Promise<string> {
  await api.app.listen(0, '127.0.0.1');
  return (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
}

export interface ServedRoute {
  method: string;
  url: string;
}

/**
 * Starts `app` (built, not yet initialised) and returns every route Fastify serves, as registered: what the
 * router-derived access checks go through, so a route added without a rule cannot be missed.
 */
export async function initCollectingRoutes(app: NestFastifyApplication): Promise<ServedRoute[]> {
  const routes: ServedRoute[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url });
    });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return routes;
}
