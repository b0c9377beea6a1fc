import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { Job } from 'bullmq';
import { documentsConfig, DocumentsConfig, rankingsConfig } from '@app/config';
import { DocumentsService, DocumentSweepJobs, SweepOutcome } from '@app/documents';
import { JOBS, QUEUES } from '@app/queue';

/**
 * Sweeps the documents' storage for bytes no document names, every DOCUMENT_SWEEP_MS, as a repeatable job: one
 * scheduler per queue however many workers upsert it, so the sweep runs once per interval, not once per worker.
 */
@Processor(QUEUES.documents, { concurrency: 1 })
export class DocumentSweepProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DocumentSweepProcessor.name);
  private rescheduler: NodeJS.Timeout | undefined;

  constructor(
    private readonly documents: DocumentsService,
    private readonly jobs: DocumentSweepJobs,
    @Inject(documentsConfig.KEY) private readonly config: DocumentsConfig,
    @Inject(rankingsConfig.KEY) private readonly schedules: ConfigType<typeof rankingsConfig>,
  ) {
    super();
  }

  /** Upserted again every SWEEP_RESCHEDULE_MS, so a Redis that restarted empty gets the scheduler back. */
  onApplicationBootstrap(): void {
    const schedule = () =>
      this.jobs
        .schedule(this.config.sweepMs)
        .catch((e: Error) => this.logger.warn(`Document sweep not scheduled yet: ${e.message}`));
    void schedule();
    this.rescheduler = setInterval(() => void schedule(), this.schedules.sweepRescheduleMs);
    this.rescheduler.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.rescheduler);
  }

  async process(job: Job): Promise<SweepOutcome | null> {
    if (job.name !== JOBS.documentSweep) {
      this.logger.warn(`Unknown job ${job.name} on ${QUEUES.documents}; ignored`);
      return null;
    }
    return this.documents.sweep();
  }
}
