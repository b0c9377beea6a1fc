import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';
import { Environment, environment } from './environment';

export const httpConfig = registerAs('http', () => {
  const env = environment();
  return {
    port: env.PORT,
    host: env.HOST,
    corsOrigins: env.CORS_ORIGINS === '' ? [] : env.CORS_ORIGINS.split(',').map((o) => o.trim()),
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    batchBodyLimitBytes: env.BATCH_BODY_LIMIT_BYTES,
    batchBodyTimeoutMs: env.BATCH_BODY_TIMEOUT_MS,
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN ?? null,
    queueDashboardWritable: env.QUEUE_DASHBOARD_WRITABLE === 'true',
    apiDocsEnabled: apiDocsEnabled(env),
    ingestRateLimitPerMinute: env.INGEST_RATE_LIMIT,
  };
});

export const databaseConfig = registerAs('database', () => {
  const env = environment();
  return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE };
});

export const redisConfig = registerAs('redis', () => {
  const env = environment();
  return { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX };
});

export const authConfig = registerAs('auth', () => {
  const env = environment();
  return {
    jwtSecret: env.JWT_SECRET,
    jwtTtlSeconds: env.JWT_TTL_SECONDS,
    /** Keying material for two-factor secrets, recovery codes and sign-in challenges (derived per use). */
    twoFactorKey: env.TWO_FACTOR_ENCRYPTION_KEY ?? env.JWT_SECRET,
    rateLimitPerMinute: env.AUTH_RATE_LIMIT,
    bootstrapOrganizer:
      env.BOOTSTRAP_ORGANIZER_EMAIL && env.BOOTSTRAP_ORGANIZER_PASSWORD
        ? { email: env.BOOTSTRAP_ORGANIZER_EMAIL, password: env.BOOTSTRAP_ORGANIZER_PASSWORD }
        : null,
  };
});

/** The worker's rebuilding of scheduled transitions' delayed jobs from the schedules in PostgreSQL. */
export const schedulesConfig = registerAs('schedules', () => ({
  reconcileMs: environment().SCHEDULE_RECONCILE_MS,
}));

/** Outgoing mail: the server, the sender, and the base of every link a message carries. */
export const mailConfig = registerAs('mail', () => {
  const env = environment();
  return {
    smtpUrl: env.SMTP_URL ?? null,
    from: env.MAIL_FROM,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    attempts: env.MAIL_ATTEMPTS,
    backoffMs: env.MAIL_BACKOFF_MS,
    sweepMs: env.MAIL_SWEEP_MS,
  };
});

/** Uploaded documents: where their bytes live, the platform's size ceiling, links, scanning and the sweep. */
export const documentsConfig = registerAs('documents', () => {
  const env = environment();
  return {
    storage:
      env.DOCUMENT_STORAGE === 's3'
        ? {
            kind: 's3' as const,
            endpoint: env.DOCUMENTS_S3_ENDPOINT ?? null,
            region: env.DOCUMENTS_S3_REGION,
            bucket: env.DOCUMENTS_S3_BUCKET as string,
            prefix: env.DOCUMENTS_S3_PREFIX,
            credentials: env.DOCUMENTS_S3_ACCESS_KEY_ID
              ? {
                  accessKeyId: env.DOCUMENTS_S3_ACCESS_KEY_ID,
                  secretAccessKey: env.DOCUMENTS_S3_SECRET_ACCESS_KEY as string,
                }
              : null,
            forcePathStyle: env.DOCUMENTS_S3_FORCE_PATH_STYLE === 'true',
          }
        : { kind: 'local' as const, directory: resolve(env.DOCUMENTS_DIR) },
    maxBytes: env.DOCUMENT_MAX_BYTES,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    linkTtlSeconds: env.DOCUMENT_LINK_TTL_SECONDS,
    /** Keying material for link signatures (derived per use). */
    linkSecret: env.DOCUMENT_LINK_SECRET ?? env.JWT_SECRET,
    clamd: env.CLAMD_URL ? { ...clamdAddress(env.CLAMD_URL), timeoutMs: env.CLAMD_TIMEOUT_MS } : null,
    orphanGraceMs: env.DOCUMENT_ORPHAN_GRACE_MS,
    sweepMs: env.DOCUMENT_SWEEP_MS,
  };
});

function clamdAddress(url: string): { host: string; port: number } {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port) };
}

export type DocumentsConfig = ReturnType<typeof documentsConfig>;
export type DocumentStorageConfig = DocumentsConfig['storage'];
export type MailConfig = ReturnType<typeof mailConfig>;
export type HttpConfig = ReturnType<typeof httpConfig>;
export type DatabaseConfig = ReturnType<typeof databaseConfig>;
export type RedisConfig = ReturnType<typeof redisConfig>;
export type AuthConfig = ReturnType<typeof authConfig>;

export const rankingsConfig = registerAs('rankings', () => {
  const env = environment();
  return {
    importBatchRows: env.IMPORT_BATCH_ROWS,
    batchesPerTransaction: env.AGGREGATION_BATCHES_PER_TRANSACTION,
    pauseMs: env.AGGREGATION_PAUSE_MS,
    workerLockDurationMs: env.WORKER_LOCK_DURATION_MS,
    sweepSeconds: env.AGGREGATION_SWEEP_SECONDS,
    sweepRescheduleMs: env.SWEEP_RESCHEDULE_MS,
  };
});

/** Documentation is a map of the attack surface: on by default where people develop, off in production. */
export function apiDocsEnabled(env: Pick<Environment, 'API_DOCS_ENABLED' | 'NODE_ENV'>): boolean {
  return env.API_DOCS_ENABLED === undefined ? env.NODE_ENV !== 'production' : env.API_DOCS_ENABLED === 'true';
}
