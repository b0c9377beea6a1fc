import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
const DOCUMENT_STORAGES = ['local', 's3'] as const;

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * Every variable the processes read. Defaults live here and nowhere else; the README table lists the
 * same names (a unit test keeps the two in step).
 */
export class Environment {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(trimmed)
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL: string;

  // The snapshot writer holds two connections at once: its campaign's session lock, taken before its
  // REPEATABLE READ transaction begins on a second one (see RankingsRepository.withCampaignLock).
  @Transform(toInt)
  @IsInt()
  @Min(2, {
    message: 'DATABASE_POOL_SIZE must be at least 2: the ranking snapshot writer holds two connections',
  })
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(trimmed)
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL: string;

  @Transform(trimmed)
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    message: 'QUEUE_PREFIX must be 1-40 lowercase letters, digits or dashes',
  })
  QUEUE_PREFIX = 'care';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (use a random string)' })
  JWT_SECRET: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS = 3600;

  /**
   * The key two-factor secrets and recovery codes are protected with; unset, one derived from JWT_SECRET.
   * Set it to rotate JWT_SECRET without losing every enrolled authenticator.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, {
    message: 'TWO_FACTOR_ENCRYPTION_KEY must be at least 32 characters (use a random string)',
  })
  TWO_FACTOR_ENCRYPTION_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(trimmed)
  @IsString()
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** `auto`: readable lines in development on a terminal, JSON otherwise (production, files, pipes). */
  @IsIn(LOG_FORMATS)
  LOG_FORMAT: (typeof LOG_FORMATS)[number] = 'auto';

  /** Comma-separated origins allowed by CORS; empty means no cross-origin browser access. */
  @Transform(trimmed)
  @Matches(/^(\*|(https?:\/\/[^\s,]+)(,\s*https?:\/\/[^\s,]+)*)?$/, {
    message: 'CORS_ORIGINS must be empty, * or a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS = '';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Largest JSON body of a response batch: 10,000 responses of up to ~400 bytes. Parsed JSON can take 28 times
   * its size in heap (bench/README.md), so this is sized to the API's 256 MB heap; streamed imports have no limit.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  BATCH_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

  /**
   * How long a response batch's body may take to arrive once admitted (408 beyond): a client that declares a
   * large body and then trickles it would otherwise hold the batches' admission capacity. Streamed imports,
   * which legitimately run for minutes, have no such bound.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  BATCH_BODY_TIMEOUT_MS = 30_000;

  /** Responses per stored batch: the unit an import writes and the worker claims. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(100_000)
  IMPORT_BATCH_ROWS = 10_000;

  /** Pause between the worker's aggregation transactions, to leave a busy database room; 0 for none. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  AGGREGATION_PAUSE_MS = 0;

  /** How often the worker upserts the sweep's scheduler again, for a Redis that restarted empty. */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(3_600_000)
  SWEEP_RESCHEDULE_MS = 30_000;

  /**
   * How often the worker makes again, from the schedules in PostgreSQL, the delayed jobs of campaign and round
   * transitions that Redis lost (it also does at start).
   */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(3_600_000)
  SCHEDULE_RECONCILE_MS = 60_000;

  /** Stored batches of up to 10,000 responses the worker aggregates per transaction. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  AGGREGATION_BATCHES_PER_TRANSACTION = 100;

  /** How long a worker's claim on a job lasts without renewal; a killed worker's job is taken over after it. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  WORKER_LOCK_DURATION_MS = 30_000;

  /** Seconds between sweeps that enqueue aggregation for campaigns with unaggregated batches. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  AGGREGATION_SWEEP_SECONDS = 5;

  /** Attempts per minute per client address on login and registration. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT = 10;

  /** Ingestion requests (responses, batches, imports) per minute per partner key, account or address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  INGEST_RATE_LIMIT = 600;

  @IsIn(['true', 'false'])
  TRUST_PROXY: 'true' | 'false' = 'false';

  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (what Prometheus sends). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  @MaxLength(200)
  METRICS_TOKEN?: string;

  /**
   * The queue dashboard only shows unless this is true: pausing `campaign-schedule` from it would hold back an
   * announcement, so acting on queues is a deliberate choice of the deployment, and every action is audited.
   */
  @IsIn(['true', 'false'])
  QUEUE_DASHBOARD_WRITABLE: 'true' | 'false' = 'false';

  /** Swagger UI at /docs and the document at /docs-json; unset, served outside production only. */
  @IsOptional()
  @IsIn(['true', 'false'])
  API_DOCS_ENABLED?: 'true' | 'false';

  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'BOOTSTRAP_ORGANIZER_EMAIL must be an email address' })
  BOOTSTRAP_ORGANIZER_EMAIL?: string;

  @ValidateIf((env: Environment) => env.BOOTSTRAP_ORGANIZER_EMAIL !== undefined)
  @IsString({ message: 'BOOTSTRAP_ORGANIZER_PASSWORD is required when BOOTSTRAP_ORGANIZER_EMAIL is set' })
  @MinLength(12, { message: 'BOOTSTRAP_ORGANIZER_PASSWORD must be at least 12 characters' })
  @MaxLength(200)
  BOOTSTRAP_ORGANIZER_PASSWORD?: string;

  /** Unset: mail is recorded and queued but the worker has no server to send it to (the launcher starts a catcher). */
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @Transform(trimmed)
  @IsEmail({}, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'awards@care-awards.local';

  /** Where the links in emails point: the address people reach the platform at. */
  @Transform(trimmed)
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_BASE_URL must be an http:// or https:// URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** Tries per message before it is `dead`: the first send and its retries while the server refuses or is down. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_ATTEMPTS = 8;

  /** The first retry's delay; each next one waits twice as long (5 s, 10 s, 20 s ... about 10 minutes for 8). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_BACKOFF_MS = 5000;

  /** How often the worker looks for queued messages whose job Redis lost, and adds them again. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  MAIL_SWEEP_MS = 5000;

  /** Where uploaded documents' bytes are kept: `local` (a directory on this machine) or `s3` (a bucket). */
  @IsIn(DOCUMENT_STORAGES)
  DOCUMENT_STORAGE: (typeof DOCUMENT_STORAGES)[number] = 'local';

  /** The local storage's directory, relative to the working directory unless absolute. */
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  DOCUMENTS_DIR = '.data/documents';

  /** S3-compatible storage: the service's address, for MinIO or another provider; unset for AWS itself. */
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^https?:\/\/\S+$/, { message: 'DOCUMENTS_S3_ENDPOINT must be an http:// or https:// URL' })
  DOCUMENTS_S3_ENDPOINT?: string;

  @Transform(trimmed)
  @IsString()
  DOCUMENTS_S3_REGION = 'us-east-1';

  @ValidateIf((env: Environment) => env.DOCUMENT_STORAGE === 's3')
  @Transform(trimmed)
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message:
      'DOCUMENTS_S3_BUCKET must be a bucket name (3-63 lowercase letters, digits, dots, dashes) with DOCUMENT_STORAGE=s3',
  })
  DOCUMENTS_S3_BUCKET?: string;

  /**
   * Every object the platform writes is under this prefix, and the orphan sweep looks nowhere else: a bucket
   * shared with other data loses nothing to it.
   */
  @Transform(trimmed)
  @Matches(/^([A-Za-z0-9._-]+\/)*$/, {
    message: 'DOCUMENTS_S3_PREFIX must be empty or folder names each ending in / (letters, digits, . _ -)',
  })
  DOCUMENTS_S3_PREFIX = 'documents/';

  /** Unset, the AWS SDK's own chain decides (environment, instance role, ...). */
  @IsOptional()
  @IsString()
  DOCUMENTS_S3_ACCESS_KEY_ID?: string;

  @ValidateIf((env: Environment) => env.DOCUMENTS_S3_ACCESS_KEY_ID !== undefined)
  @IsString({ message: 'DOCUMENTS_S3_SECRET_ACCESS_KEY is required with DOCUMENTS_S3_ACCESS_KEY_ID' })
  DOCUMENTS_S3_SECRET_ACCESS_KEY?: string;

  /** `true` for servers that take the bucket in the path (MinIO, most self-hosted ones) rather than the host name. */
  @IsIn(['true', 'false'])
  DOCUMENTS_S3_FORCE_PATH_STYLE: 'true' | 'false' = 'false';

  /** The largest file any upload may be, whatever a form allows (413 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(5 * 1024 * 1024 * 1024)
  DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

  /** How long a signed download link works. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 3600)
  DOCUMENT_LINK_TTL_SECONDS = 300;

  /** The key download links are signed with; unset, one derived from JWT_SECRET (set it before rotating that). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'DOCUMENT_LINK_SECRET must be at least 32 characters (use a random string)' })
  DOCUMENT_LINK_SECRET?: string;

  /** A clamd daemon to scan uploads with, `tcp://host:3310`; unset, uploads are stored unscanned. */
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^tcp:\/\/[^\s:/]+:\d{1,5}\/?$/, { message: 'CLAMD_URL must be tcp://host:port' })
  CLAMD_URL?: string;

  /** How long clamd may take to connect, accept a chunk or answer; longer and the upload is refused with 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  CLAMD_TIMEOUT_MS = 30_000;

  /** Stored bytes that no document names are deleted by the sweep once older than this. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30 * 24 * 3600 * 1000)
  DOCUMENT_ORPHAN_GRACE_MS = 3_600_000;

  /** How often the worker sweeps the storage for orphaned bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(24 * 3600 * 1000)
  DOCUMENT_SWEEP_MS = 600_000;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super('Invalid environment:\n' + problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n'));
    this.name = 'EnvironmentError';
  }
}

/** Validates and types the raw environment; throws EnvironmentError naming every bad variable. */
export function parseEnvironment(raw: Record<string, string | undefined>): Environment {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new EnvironmentError(errors.map(describeProblem));
  }
  return env;
}

function describeProblem(error: ValidationError): { variable: string; message: string } {
  const messages = Object.values(error.constraints ?? {});
  const missing = error.value === undefined;
  return {
    variable: error.property,
    message: missing ? `is required (${messages.join('; ')})` : messages.join('; '),
  };
}

/** The environment of this process, validated. Cheap enough to call at each module's start. */
export function environment(): Environment {
  return parseEnvironment(process.env);
}

/** Every variable read, for the documentation check: those with defaults plus the required and optional ones. */
export const ENVIRONMENT_VARIABLES: readonly string[] = [
  ...Object.keys(new Environment()),
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'TWO_FACTOR_ENCRYPTION_KEY',
  'METRICS_TOKEN',
  'API_DOCS_ENABLED',
  'BOOTSTRAP_ORGANIZER_EMAIL',
  'BOOTSTRAP_ORGANIZER_PASSWORD',
  'SMTP_URL',
  'DOCUMENTS_S3_ENDPOINT',
  'DOCUMENTS_S3_BUCKET',
  'DOCUMENTS_S3_ACCESS_KEY_ID',
  'DOCUMENTS_S3_SECRET_ACCESS_KEY',
  'DOCUMENT_LINK_SECRET',
  'CLAMD_URL',
];
