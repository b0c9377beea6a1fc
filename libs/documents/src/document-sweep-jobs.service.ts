import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@app/queue';

/** The documents queue's one job: the sweep, repeated by a BullMQ job scheduler (one per queue, by name). */
@Injectable()
export class DocumentSweepJobs {
  constructor(@InjectQueue(QUEUES.documents) private readonly queue: Queue) {}

  /** Upserting is idempotent: every worker may do it at start and again later, for a Redis that lost it. */
  async schedule(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(
      JOBS.documentSweep,
      { every: everyMs },
      { name: JOBS.documentSweep, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
}
