import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { withTimeout } from '@app/common';
import { redisConfig, redisOptionsFromUrl } from '@app/config';

const PING_TIMEOUT_MS = 1000;

/** Pings Redis on a connection of its own that never queues commands, so a check answers within a second. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private readonly client: Redis;
  private lastError: string | null = null;

  constructor(
    @Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.client = new Redis({
      ...redisOptionsFromUrl(redis.url),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: PING_TIMEOUT_MS,
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Report a lost connection once, not at every reconnect attempt.
    this.client.on('error', (error: Error) => {
      if (error.message !== this.lastError) this.logger.warn(`Redis connection: ${error.message}`);
      this.lastError = error.message;
    });
    this.client.on('ready', () => (this.lastError = null));
  }

  async pingCheck(key: 'redis') {
    const indicator = this.indicators.check(key);
    try {
      const started = Date.now();
      await withTimeout(this.client.ping(), PING_TIMEOUT_MS, 'ping timed out');
      return indicator.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
