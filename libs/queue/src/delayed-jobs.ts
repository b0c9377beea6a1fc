import type { JobsOptions, Queue } from 'bullmq';
import { DomainError, withTimeout } from '@app/common';

/** How long a request waits for Redis before it is answered 503. */
export const REDIS_WAIT_MS = 2000;

/**
 * Adds scheduled jobs, or refuses with a 503-kind domain error when Redis does not answer in time: callers add
 * them before committing what they schedule, so a refused save stores nothing.
 */
export async function addScheduledJobs<T>(
  queue: Queue<T>,
  jobs: { name: string; data: T; opts: JobsOptions }[],
  what: string,
): Promise<void> {
  if (jobs.length === 0) return;
  try {
    await withTimeout(
      queue.addBulk(jobs as Parameters<Queue<T>['addBulk']>[0]),
      REDIS_WAIT_MS,
      `Redis did not answer within ${REDIS_WAIT_MS} ms`,
    );
  } catch (error) {
    throw new DomainError(
      'unavailable',
      'QUEUE_UNAVAILABLE',
      `Cannot schedule ${what}: ${(error as Error).message}`,
    );
  }
}
