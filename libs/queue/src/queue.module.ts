import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { redisConfig, redisOptionsFromUrl } from '@app/config';
import { GuardedQueue } from './guarded-queue';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';

export type QueueRole = 'producer' | 'consumer';

/**
 * The BullMQ connection. Producers (the API) fail fast while Redis is away, so a request is answered 503
 * instead of hanging; consumers (the worker) wait and reconnect, which BullMQ requires of workers.
 */
@Module({})
export class QueueModule {
  static forRole(role: QueueRole): DynamicModule {
    // Read by registerQueue below; process-wide, and every queue of this project is registered here.
    BullModule.queueClass = GuardedQueue;
    return {
      module: QueueModule,
      // Every feature module enqueues through the same connection, so the registration is global.
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [redisConfig.KEY],
          useFactory: (redis: ConfigType<typeof redisConfig>) => ({
            connection: {
              ...redisOptionsFromUrl(redis.url),
              ...(role === 'producer'
                ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
                : { maxRetriesPerRequest: null }),
            },
            prefix: redis.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
