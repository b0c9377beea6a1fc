import { randomBytes } from 'node:crypto';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { seedReferenceData } from '../tools/reference-data-seed';
import { exitOnFailure } from '@app/common';
import { ensureDatabase, freePort, providePostgres, provideRedis } from '../tools/local-infra';
import { creditCode, DEMO_ITEMS } from '../tools/demo/demo-data';
import { benchDatabaseUrl, databaseName } from './bench-database';
import { Client, inParallel } from '../tools/http-client';

export { Client, inParallel } from '../tools/http-client';

export const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
export const ORGANIZER = { email: 'organizer@bench.care-awards.local', password: 'bench-organizer-password' };
/** The flags `npm run start:api`, the launcher and the Docker image run the processes with (package.json). */
const API_NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-old-space-size=256')
  .split(' ')
  .filter(Boolean);
export const ITEM_COLUMNS = DEMO_ITEMS;

const log = (m: string) => process.stdout.write(`[bench] ${m}\n`);
export { log };

export interface BenchInfrastructure {
  databaseUrl: string;
  redisUrl: string;
  env: Record<string, string>;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/**
 * A fresh bench database (migrated and seeded) and Redis, on the servers `npm start` would find or start. The
 * database is the benchmark's own (`<configured>_bench`, see bench-database.ts), dropped and re-created each
 * run; the database `DATABASE_URL` names, often a developer's, is never touched.
 */
export async function benchInfrastructure(): Promise<BenchInfrastructure> {
  const postgres = await providePostgres('care_awards', join(ROOT, '.data'), log);
  const redis = await provideRedis(log);
  const databaseUrl = benchDatabaseUrl(postgres.url);
  log(`Benchmark database: ${databaseName(databaseUrl)} (dropped and re-created)`);
  await ensureDatabase(databaseUrl, { recreate: true });
  await runMigrations(databaseUrl);
  const dataSource = await new DataSource({
    ...dataSourceOptions(databaseUrl, 4),
    entities: [],
  }).initialize();
  await seedReferenceData(dataSource);
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `care-bench-${process.pid}`,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
    BOOTSTRAP_ORGANIZER_EMAIL: ORGANIZER.email,
    BOOTSTRAP_ORGANIZER_PASSWORD: ORGANIZER.password,
    AUTH_RATE_LIMIT: '100000',
    // Production refuses to start with /metrics open; the benchmarks never read it.
    METRICS_TOKEN: randomBytes(24).toString('hex'),
  };
  return {
    databaseUrl,
    redisUrl: redis.url,
    env,
    dataSource,
    stop: async () => {
      await dataSource.destroy();
      await redis.stop();
      await postgres.stop();
    },
  };
}

/** The compiled API or worker as a process of its own, so its memory is measured alone. */
export function startProcess(app: 'api' | 'worker', env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...API_NODE_FLAGS, join(DIST, 'apps', app, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', process.env.BENCH_WORKER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
}

export async function startApi(infra: BenchInfrastructure): Promise<{ process: ChildProcess; base: string }> {
  const port = await freePort();
  const child = startProcess('api', { ...infra.env, PORT: String(port), HOST: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}`;
  // 60 s: on a 2-core machine shared with test runs, the compiled API took over 20 s to listen.
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/health/live`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { process: child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('The API did not start within 60 s');
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 10_000))]);
}

export interface Fixture {
  campaignId: string;
  enterprises: { id: string; industryCode: string }[];
}

/** The token of the verification link mailed to `to`, read where the platform recorded the mail. */
async function mailedToken(dataSource: DataSource, to: string): Promise<string> {
  const rows: { link: string }[] = await dataSource.query(
    `SELECT params->>'link' AS link FROM mail_deliveries WHERE template = 'email-verification' AND to_address = $1`,
    [to],
  );
  return new URL(rows[0].link).searchParams.get('token') as string;
}

/**
 * A campaign in survey with approved, verified candidates, set up through the API like a real one (several
 * enterprises registering at once). `rules` are the campaign's ranking rules.
 */
export async function surveyFixture(
  client: Client,
  /** The bench database, where the verification mail each contact opens is recorded. */
  dataSource: DataSource,
  industries: string[],
  perIndustry: number,
  rules?: { minResponsesRanked: number; minResponsesListed: number },
): Promise<Fixture & { slug: string; categoryId: string }> {
  client.token = (await client.call<{ accessToken: string }>('POST', '/auth/login', ORGANIZER)).accessToken;
  const slug = `bench-${Date.now()}`;
  const campaign = await client.call<{ id: string; categories: { id: string }[] }>('POST', '/campaigns', {
    slug,
    name: 'Benchmark campaign',
    year: 2027,
    timeZone: 'Asia/Shanghai',
    industryCodes: industries,
    categories: [
      {
        name: 'Customer Care Benchmark Enterprise',
        kind: 'survey-benchmark',
        perIndustry: true,
        maxWinners: 3,
      },
    ],
    ...(rules && { rules }),
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'registration' });
  const slots = industries.flatMap((industryCode) => Array.from({ length: perIndustry }, () => industryCode));
  const enterprises = await inParallel(slots, 8, async (industryCode, n) => {
    const user = {
      email: `bench-${Date.now()}-${n}@example.test`,
      password: 'bench-user-password-long',
      displayName: 'Bench user',
    };
    const owner = (await client.call<{ accessToken: string }>('POST', '/auth/register', user, ''))
      .accessToken;
    await client.call('POST', '/auth/verify-email', { token: await mailedToken(dataSource, user.email) }, '');
    const e = await client.call<{ id: string; profileRevision: number }>(
      'POST',
      '/enterprises',
      {
        legalName: `Bench Contact Center ${n}`,
        creditCode: creditCode(Math.random, String(110000 + Math.floor(Math.random() * 540000))),
        industryCode,
        organizationType: 'in-house',
        businessTypes: ['customer-service'],
        region: 'Shanghai',
        seats: 300,
        annualRevenue: String(1e8 * (1 + n)),
        contactName: 'Bench',
        contactEmail: user.email,
      },
      owner,
    );
    await client.call('POST', `/enterprises/${e.id}/review`, {
      decision: 'verified',
      profileRevision: e.profileRevision,
    });
    const candidacy = await client.call<{ id: string }>(
      'POST',
      `/campaigns/${campaign.id}/candidacies`,
      { categoryId: campaign.categories[0].id, enterpriseId: e.id },
      owner,
    );
    await client.call('POST', `/candidacies/${candidacy.id}/decision`, { decision: 'approved' });
    return { id: e.id, industryCode };
  });
  await client.call('PATCH', `/campaigns/${campaign.id}`, {
    schedule: {
      surveyOpensAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      surveyClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'survey' });
  return { campaignId: campaign.id, enterprises, slug, categoryId: campaign.categories[0].id };
}

/** Deterministic answers for respondent i: varied, mostly valid, a few speeders and exclusions. */
export function answersOf(i: number): (number | '')[] {
  const v = (k: number) => 1 + ((i * 7 + k * 13 + (i >> 3)) % 10);
  return [
    v(1),
    v(2),
    v(3),
    v(4),
    v(5),
    v(6),
    v(7),
    v(8),
    v(9),
    i % 40 === 0 ? '' : v(10),
    i % 7 === 0 ? 1 : 0,
    v(11),
    (i * 3) % 11,
  ];
}

/** Writes a CSV of `rows` responses spread over the enterprises; returns its path. */
export async function writeCsv(
  file: string,
  fixture: Fixture,
  rows: number,
  keyPrefix: string,
): Promise<string> {
  mkdirSync(join(file, '..'), { recursive: true });
  const out = createWriteStream(file);
  const when = new Date(Date.now() - 86_400_000).toISOString();
  out.write(`enterpriseId,respondentKey,submittedAt,channel,completionSeconds,${ITEM_COLUMNS.join(',')}\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const e = fixture.enterprises[i % fixture.enterprises.length];
    buffer += `${e.id},${keyPrefix}-${i},${when},web,${60 + (i % 900)},${answersOf(i).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return file;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export const execFileAsync = promisify(execFile);

export function writeResult(name: string, result: Record<string, unknown>): void {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({ ...result, measuredAt: new Date().toISOString(), node: process.version }, null, 2) +
      '\n',
  );
  log(`wrote ${file}: ${JSON.stringify(result)}`);
}

export interface BenchRun {
  infra: BenchInfrastructure;
  client: Client;
  apiProcess: ChildProcess;
  /** A scratch folder for generated files, removed afterwards. */
  tmp: string;
}

/**
 * Sets up the bench database, the API (and the worker when asked), runs `work`, and always cleans up;
 * a failure exits non-zero with the error.
 */
export function runBenchmark(options: { worker: boolean }, work: (run: BenchRun) => Promise<void>): void {
  const run = async () => {
    const infra = await benchInfrastructure();
    const api = await startApi(infra);
    const worker = options.worker
      ? startProcess('worker', { ...infra.env, LOG_LEVEL: process.env.BENCH_WORKER_LOG ?? 'warn' })
      : null;
    const tmp = join(ROOT, '.data', 'bench');
    try {
      await work({ infra, client: new Client(api.base), apiProcess: api.process, tmp });
    } finally {
      if (worker) await stopProcess(worker);
      await stopProcess(api.process);
      await infra.stop();
      rmSync(tmp, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => exitOnFailure(error, '[bench] failed: '));
}
