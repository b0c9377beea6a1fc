import { Inject, Injectable, Logger, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';
import { withTimeout } from '@app/common';
import { redisConfig, redisOptionsFromUrl } from '@app/config';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How long a rate-limited request waits for Redis before it is counted in this process instead. */
const REDIS_WAIT_MS = 500;
/** How long the API waits for its rate-limit connection at start, so the first requests are counted in Redis. */
const CONNECT_WAIT_MS = 3000;

/**
 * One fixed window per key, in one atomic step: count the hit, start the window's expiry with the first hit,
 * and once past the limit block the key for `blockDuration`. Returns hits, ms left in the window, blocked,
 * ms left of the block.
 */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), math.max(redis.call('PTTL', KEYS[1]), 0), 1, blocked }
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return { hits, left, 1, tonumber(ARGV[3]) }
end
return { hits, left, 0, 0 }
`;

/**
 * The throttler's counts in Redis, so a limit holds across every API process of a deployment rather than per
 * process (with N processes behind a balancer, an in-memory limit of 10 logins a minute is really 10 N).
 *
 * When Redis does not answer, a request is counted in this process instead (the in-memory store the throttler
 * would use by default) and a warning is logged: the limits then hold per process, as before, rather than
 * failing open (password guessing unthrottled) or closed (nobody can log in while Redis restarts, though login
 * needs only PostgreSQL). Ingestion needs Redis anyway and answers 503 while it is away.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly client: Redis;
  private readonly fallback = new ThrottlerStorageService();
  private readonly prefix: string;
  private lastError: string | null = null;

  constructor(@Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>) {
    this.prefix = `${redis.queuePrefix}:rate-limit`;
    this.client = new Redis({
      ...redisOptionsFromUrl(redis.url),
      // Never queue a count while disconnected: fall back at once instead of holding the request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: CONNECT_WAIT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.client.on('error', (error: Error) => this.warn(error.message));
    this.client.on('ready', () => (this.lastError = null));
  }

  async onModuleInit(): Promise<void> {
    if (this.client.status === 'ready') return;
    await withTimeout(
      new Promise<void>((resolve) => this.client.once('ready', () => resolve())),
      CONNECT_WAIT_MS,
      'timeout',
    ).catch(() => this.warn('not connected at start; counting in this process until it is'));
  }

  onModuleDestroy(): void {
    this.fallback.onApplicationShutdown();
    this.client.disconnect();
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    // The throttler's key is already a hash of route and client. The limit and window are part of the name, so
    // a deployment that changes them starts counting afresh rather than under the old policy.
    const base = `${this.prefix}:{${throttlerName}:${limit}:${ttl}:${key}}`;
    try {
      const [hits, left, blocked, blockLeft] = (await withTimeout(
        this.client.eval(INCREMENT, 2, `${base}:hits`, `${base}:blocked`, ttl, limit, blockDuration),
        REDIS_WAIT_MS,
        `Redis did not answer within ${REDIS_WAIT_MS} ms`,
      )) as [number, number, number, number];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(left / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(blockLeft / 1000),
      };
    } catch (error) {
      this.warn((error as Error).message);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  /** Once per distinct error, not at every request or reconnect attempt. */
  private warn(message: string): void {
    if (message !== this.lastError) {
      this.logger.warn(`Rate limits counted per process while Redis is away: ${message}`);
    }
    this.lastError = message;
  }
}

/** Its own module, so ThrottlerModule.forRootAsync can inject it. */
@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
export class RateLimitStorageModule {}
