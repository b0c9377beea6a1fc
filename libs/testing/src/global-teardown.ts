import Redis from 'ioredis';
// Jest loads global setup and teardown without the module name mapper: app-paths resolves @app/* instead.
import './app-paths';
import { redisOptionsFromUrl } from '@app/config';

export default async function globalTeardown(): Promise<void> {
  // Drop this run's queue keys so repeated runs against a shared Redis leave nothing behind.
  const prefix = process.env.QUEUE_PREFIX;
  if (process.env.REDIS_URL && prefix?.startsWith('care-test-')) {
    const redis = new Redis(redisOptionsFromUrl(process.env.REDIS_URL));
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
  for (const service of globalThis.__careServices ?? []) await service.stop();
}
