import { join } from 'node:path';
import { DataSource } from 'typeorm';
// Jest loads global setup and teardown without the module name mapper: app-paths resolves @app/* instead.
import './app-paths';
import { dataSourceOptions, runMigrations } from '@app/database';
import { ensureDatabase, providePostgres, provideRedis, Service } from '../../../tools/local-infra';
import { seedReferenceData } from '../../../tools/reference-data-seed';
import { TEST_DATABASE, TEST_ENV } from './test-environment';
import { ensureWebBuilt } from './web-build';

declare global {
  var __careServices: Service[] | undefined;
}

/**
 * Once per `npm test`: finds PostgreSQL and Redis (or starts them, as `npm start` does), recreates the
 * test database, runs the real migrations and seeds reference data. Test files then only truncate.
 */
export default async function globalSetup(): Promise<void> {
  const log = (m: string) => process.stdout.write(`\n[test setup] ${m}`);
  const dataDir = join(__dirname, '..', '..', '..', '.data');
  const explicit = process.env.TEST_DATABASE_URL;
  const postgres = explicit
    ? { url: explicit, origin: 'environment' as const, stop: () => Promise.resolve() }
    : await withoutEnv('DATABASE_URL', () => providePostgres(TEST_DATABASE, dataDir, log));
  const url = postgres.url;
  const redis = await provideRedis(log);
  globalThis.__careServices = [redis, postgres];

  await ensureDatabase(url, { recreate: true });
  await runMigrations(url);
  const connection = await new DataSource({ ...dataSourceOptions(url, 2), entities: [] }).initialize();
  await seedReferenceData(connection).finally(() => connection.destroy());

  ensureWebBuilt(log);
  Object.assign(process.env, TEST_ENV, { DATABASE_URL: url, REDIS_URL: redis.url });
}

/** A DATABASE_URL set for development must not make the tests truncate the development database. */
async function withoutEnv<T>(name: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env[name];
  delete process.env[name];
  try {
    return await work();
  } finally {
    if (saved !== undefined) process.env[name] = saved;
  }
}
