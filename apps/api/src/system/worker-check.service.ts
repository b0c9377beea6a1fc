import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DomainError, withTimeout, type Actor } from '@app/common';
import { AuditLogService } from '@app/identity';
import { JOBS, QUEUES, WorkerCheckPayload, WorkerCheckResult } from '@app/queue';

const WAIT_MS = 5000;
const POLL_MS = 50;
/** BullMQ waits for Redis indefinitely; a request must not. */
const REDIS_WAIT_MS = 2000;
const REDIS_SILENT = `Redis did not answer within ${REDIS_WAIT_MS} ms`;

/**
 * Sends a probe job through Redis and waits for a worker to answer it: proves the whole queue path works.
 * It polls the job rather than subscribing to queue events: a subscription needs a blocking Redis
 * connection of its own, which cannot be shut down cleanly while Redis is away.
 */
@Injectable()
export class WorkerCheckService {
  constructor(
    @InjectQueue(QUEUES.diagnostics) private readonly queue: Queue<WorkerCheckPayload, WorkerCheckResult>,
    private readonly auditLog: AuditLogService,
  ) {}

  async check(actor: Actor): Promise<WorkerCheckResult & { roundTripMs: number }> {
    const started = Date.now();
    const payload: WorkerCheckPayload = { requestedBy: actor.userId, requestedAt: new Date().toISOString() };
    let job: Job<WorkerCheckPayload, WorkerCheckResult>;
    try {
      // A probe is worth nothing once late: no retries, and Redis drops it after a minute.
      job = await withTimeout(
        this.queue.add(JOBS.workerCheck, payload, {
          jobId: randomUUID(),
          attempts: 1,
          removeOnComplete: { age: 60 },
          removeOnFail: { age: 60 },
        }),
        REDIS_WAIT_MS,
        REDIS_SILENT,
      );
    } catch (error) {
      throw unavailable(error);
    }
    await this.auditLog.record(actor, {
      action: 'system.worker-check',
      entityType: 'job',
      entityId: job.id ?? null,
    });

    while (Date.now() - started < WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      let current: Job<WorkerCheckPayload, WorkerCheckResult> | undefined;
      try {
        current = await withTimeout(
          Job.fromId<WorkerCheckPayload, WorkerCheckResult>(this.queue, job.id as string),
          REDIS_WAIT_MS,
          REDIS_SILENT,
        );
      } catch (error) {
        throw unavailable(error);
      }
      if (current?.finishedOn && current.returnvalue) {
        return { ...current.returnvalue, roundTripMs: Date.now() - started };
      }
    }
    throw new DomainError('unavailable', 'NO_WORKER', {
      en: `No worker answered within ${WAIT_MS / 1000} s`,
      zh: `${WAIT_MS / 1000} 秒内没有后台任务进程应答`,
    });
  }
}

function unavailable(error: unknown): DomainError {
  return new DomainError('unavailable', 'QUEUE_UNAVAILABLE', {
    en: `The job queue is unavailable: ${(error as Error).message}`,
    zh: `任务队列不可用：${(error as Error).message}`,
  });
}
