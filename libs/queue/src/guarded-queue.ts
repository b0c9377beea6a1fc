import { Logger } from '@nestjs/common';
import { Queue, QueueOptions, RedisConnection } from 'bullmq';

const logger = new Logger('QueueConnection');

/**
 * A BullMQ connection whose late errors cannot end the process.
 *
 * BullMQ emits a failed initialisation (Redis refused, or the socket closed before Redis was ready) as an
 * 'error' on the connection, from a promise callback installed in the constructor that close() does not
 * cancel; close() does remove every listener. A queue closed while its connection still waits for Redis (the
 * API shutting down while Redis is away, or during a reconnect attempt) thus emits that error afterwards with
 * nobody listening: EventEmitter throws, inside a promise callback, and Node ends the process on the unhandled
 * rejection (taskforcesh/bullmq#3546). An open queue always listens to its connection's errors, so an error
 * with no listener comes from a closed queue, and a log line is all it deserves.
 */
export class GuardedRedisConnection extends RedisConnection {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'error' && this.listenerCount('error') === 0) {
      const error = args[0];
      logger.warn(
        `Redis connection of a closed queue: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
    return super.emit(event, ...args);
  }
}

/** A BullMQ queue on a {@link GuardedRedisConnection}. */
export class GuardedQueue extends Queue {
  constructor(name: string, opts?: QueueOptions) {
    super(name, opts, GuardedRedisConnection);
  }
}
