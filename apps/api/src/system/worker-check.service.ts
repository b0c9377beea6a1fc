import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DomainError, type Actor } from '@app/common';
import { redisConfig, redisOptionsFromUrl } from '@app/config';
import { AuditLogRepository } from '@app/identity';
import { JOBS, QUEUES, WorkerCheckPayload, WorkerCheckResult } from '@app/queue';

const WAIT_MS = 5000;

/** Sends a probe job through Redis and waits for a worker to answer it: proves the whole queue path works. */
@Injectable()
export class WorkerCheckService implements OnModuleDestroy {
  private events: QueueEvents | null = null;

  constructor(
    @InjectQueue(QUEUES.diagnostics) private readonly queue: Queue<WorkerCheckPayload, WorkerCheckResult>,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
    private readonly auditLog: AuditLogRepository,
  ) {}

  async check(actor: Actor): Promise<WorkerCheckResult & { roundTripMs: number }> {
    const started = Date.now();
    const payload: WorkerCheckPayload = { requestedBy: actor.userId, requestedAt: new Date().toISOString() };
    let job;
    try {
      // Listen before sending, or a fast worker's answer can pass unheard.
      await this.queueEvents().waitUntilReady();
      // A probe is worth nothing once late: no retries, and Redis drops it after a minute.
      job = await this.queue.add(JOBS.workerCheck, payload, {
        jobId: randomUUID(),
        attempts: 1,
        removeOnComplete: { age: 60 },
        removeOnFail: { age: 60 },
      });
    } catch (error) {
      throw new DomainError('unavailable', 'QUEUE_UNAVAILABLE', `The job queue is unavailable: ${(error as Error).message}`);
    }
    await this.auditLog.append(actor, { action: 'system.worker-check', entityType: 'job', entityId: job.id ?? null });
    try {
      const result = await job.waitUntilFinished(this.queueEvents(), WAIT_MS);
      return { ...result, roundTripMs: Date.now() - started };
    } catch {
      throw new DomainError('unavailable', 'NO_WORKER', `No worker answered within ${WAIT_MS / 1000} s`);
    }
  }

  private queueEvents(): QueueEvents {
    this.events ??= new QueueEvents(QUEUES.diagnostics, {
      connection: redisOptionsFromUrl(this.redis.url),
      prefix: this.redis.queuePrefix,
    });
    return this.events;
  }

  async onModuleDestroy(): Promise<void> {
    await this.events?.close();
  }
}
