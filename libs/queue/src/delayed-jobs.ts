import type { JobsOptions, Queue } from 'bullmq';
import { DomainError, Localized, withTimeout } from '@app/common';

/** How long a request waits for Redis before it is answered 503. */
export const REDIS_WAIT_MS = 2000;

/**
 * Adds scheduled jobs, or refuses with a 503-kind domain error when Redis does not answer in time: callers add
 * them before committing what they schedule, so a refused save stores nothing.
 */
export async function addScheduledJobs<T>(
  queue: Queue<T>,
  jobs: { name: string; data: T; opts: JobsOptions }[],
  what: Localized,
): Promise<void> {
  if (jobs.length === 0) return;
  try {
    await withTimeout(
      queue.addBulk(jobs as Parameters<Queue<T>['addBulk']>[0]),
      REDIS_WAIT_MS,
      `Redis did not answer within ${REDIS_WAIT_MS} ms`,
    );
  } catch (error) {
    throw new DomainError('unavailable', 'QUEUE_UNAVAILABLE', {
      en: `Cannot schedule ${what.en}: ${(error as Error).message}`,
      zh: `无法安排${what.zh}：${(error as Error).message}`,
    });
  }
}

/**
 * How long after its time a scheduled job lost from Redis is still made again (to run at once) when the worker
 * reconciles: long enough to cover a Redis restart, short enough that a move nobody expects any more (a refused
 * announcement the organizers since made by hand, a window long past) is not made on its own hours later.
 */
export const SCHEDULE_CATCH_UP_MS = 60 * 60_000;

/**
 * The delay a reconciled job gets for its time `at`: the time still to wait, 0 when it is overdue by less than
 * the catch-up window, null when it is older than that (not made again).
 */
export function reconciledDelay(at: Date, now: Date, catchUpMs = SCHEDULE_CATCH_UP_MS): number | null {
  const wait = at.getTime() - now.getTime();
  if (wait > 0) return wait;
  return -wait <= catchUpMs ? 0 : null;
}
