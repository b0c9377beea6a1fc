import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

/** How the API app is built: the same factory main.ts uses, passed in because libs never import apps. */
export type CreateApiApp = () => Promise<NestFastifyApplication>;

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
export async function startTestApiWith(
  createApiApp: CreateApiApp,
  env: Record<string, string> = {},
): Promise<TestApi> {
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
