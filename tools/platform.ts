/**
 * The platform on a machine with nothing configured, for `npm start` and `npm run demo`: finds or starts
 * PostgreSQL and Redis, runs migrations, seeds reference data, starts the API and the worker as supervised child
 * processes (restarted with back-off when they crash) and waits until the API is ready. Without SMTP_URL it starts
 * a local mail catcher and points the worker at it, so mail is read on this machine and never sent out.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { seedReferenceData } from './reference-data-seed';
import { hashPassword } from '@app/identity';
import { ensureDatabase, portAnswers, providePostgres, provideRedis, Service } from './local-infra';
import { persistentSecret } from './local-secrets';
import { startMailCatcher } from './mail-catcher';
import { supervise, SupervisedProcess } from './supervisor';

const ROOT = resolve(__dirname, '..');
const DATA_DIR = process.env.CARE_DATA_DIR ?? join(ROOT, '..', '.data');

async function waitForReady(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const DEV_ORGANIZER = 'organizer@care-awards.local';

/**
 * The launcher's own organizer account: created, or given the password kept in ./.data, so the login it prints
 * always works, even when another checkout or an older ./.data set it up first. Audited like any change.
 */
async function ensureDevOrganizer(url: string, password: string): Promise<void> {
  const connection = await new DataSource({ ...dataSourceOptions(url, 1), entities: [] }).initialize();
  try {
    const hash = await hashPassword(password);
    const rows: { id: string; created: boolean }[] = await connection.query(
      `INSERT INTO users (email, display_name, role, password_hash, email_verified_at)
       VALUES ($1, 'Local organizer', 'organizer', $2, now())
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, status = 'active', updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [DEV_ORGANIZER, hash],
    );
    await connection.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id) VALUES (NULL, $1, 'user', $2)`,
      [rows[0].created ? 'user.bootstrapped' : 'user.local-password-set', rows[0].id],
    );
  } finally {
    await connection.destroy();
  }
}

export interface Platform {
  base: string;
  organizer: { email: string; password: string };
  databaseUrl: string;
  /** The local mail catcher's page, or null when SMTP_URL sends mail to a real server. */
  mailViewer: string | null;
  /** Stops the children and the services this launcher started, then exits with `code`. */
  stopAll(code: number, reason?: string): Promise<void>;
}

export interface PlatformOptions {
  log: (message: string) => void;
  /** Where the children's output goes: the terminal (`npm start`) or nowhere (the demo draws its own screen). */
  childOutput: 'inherit' | 'ignore';
  /** Extra environment for the API and the worker (LOG_LEVEL, say). */
  env?: NodeJS.ProcessEnv;
}

export async function launchPlatform({ log, childOutput, env: extra }: PlatformOptions): Promise<Platform> {
  const services: Service[] = [];
  const children: SupervisedProcess[] = [];
  let stopping = false;

  const stopAll = async (code: number, reason?: string) => {
    if (stopping) return;
    stopping = true;
    log(reason ? `Stopping: ${reason}` : 'Stopping…');
    await Promise.all(children.map((child) => child.stop()));
    for (const service of services.reverse()) await service.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const postgres = await providePostgres('care_awards', DATA_DIR, log);
  services.push(postgres);
  const redis = await provideRedis(log);
  services.push(redis);
  log(`PostgreSQL: ${postgres.origin}; Redis: ${redis.origin}`);

  if (postgres.origin !== 'environment') await ensureDatabase(postgres.url);
  const applied = await runMigrations(postgres.url);
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date');
  const seedConnection = await new DataSource({
    ...dataSourceOptions(postgres.url, 2),
    entities: [],
  }).initialize();
  const seeded = await seedReferenceData(seedConnection).finally(() => seedConnection.destroy());
  log(
    `Reference data: ${seeded.industries} industries, CCCS-OP 2003 rubric (${seeded.rubricVersionsAdded} new version)`,
  );

  const organizerEmail = process.env.BOOTSTRAP_ORGANIZER_EMAIL ?? DEV_ORGANIZER;
  const organizerPassword =
    process.env.BOOTSTRAP_ORGANIZER_PASSWORD ?? persistentSecret(DATA_DIR, 'organizer-password');
  if (organizerEmail === DEV_ORGANIZER) await ensureDevOrganizer(postgres.url, organizerPassword);
  let mailViewer: string | null = null;
  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    const catcher = await startMailCatcher();
    services.push({ url: catcher.smtpUrl, origin: 'started', stop: catcher.stop });
    smtpUrl = catcher.smtpUrl;
    mailViewer = catcher.viewerUrl;
    log(
      `Mail: no SMTP_URL, so a local catcher takes it (${catcher.smtpUrl}); read it at ${catcher.viewerUrl}`,
    );
  }
  const port = process.env.PORT ?? '3000';
  // Something else on the port would answer the readiness check in our API's place.
  if (await portAnswers(Number(port))) {
    await stopAll(1, `port ${port} is in use (another npm start or demo?); stop it or set PORT`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    JWT_SECRET: process.env.JWT_SECRET ?? persistentSecret(DATA_DIR, 'jwt-secret', 48),
    BOOTSTRAP_ORGANIZER_EMAIL: organizerEmail,
    BOOTSTRAP_ORGANIZER_PASSWORD: organizerPassword,
    PORT: port,
    SMTP_URL: smtpUrl,
    // Links in mail lead to this API unless the deployment says where people reach it.
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    // Uploaded documents live beside the embedded database, wherever CARE_DATA_DIR puts it.
    DOCUMENTS_DIR: process.env.DOCUMENTS_DIR ?? join(DATA_DIR, 'documents'),
    ...extra,
  };

  for (const app of ['api', 'worker']) {
    // A crash (out of memory, say) restarts that process after a back-off; only Ctrl-C stops everything.
    // The same bounded heap as `npm run start:api` and the Docker image (see bench/ingest).
    const start = () =>
      spawn(process.execPath, ['--max-old-space-size=256', join(ROOT, 'apps', app, 'src', 'main.js')], {
        env,
        stdio: childOutput === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
      });
    children.push(supervise(app, start, log));
  }

  const base = `http://localhost:${port}`;
  if (!(await waitForReady(`${base}/health/ready`, 60_000))) {
    log('The API did not become ready within 60 s');
    await stopAll(1);
  }
  return {
    base,
    organizer: { email: organizerEmail, password: organizerPassword },
    databaseUrl: postgres.url,
    mailViewer,
    stopAll,
  };
}
