import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { environment } from '@app/config';
import { RankingsService } from '@app/rankings';
import { SurveyImportsRepository } from '@app/surveys';
import { AGGREGATION_JOB_OPTIONS, aggregationJobId, CampaignRankingsPayload, JOBS, QUEUES } from '@app/queue';

/** A live import reports progress every half second; this long without any means its API process died. */
const ABANDONED_IMPORT_MINUTES = 10;

// Read when the worker starts: a job whose worker was killed is taken over once its lock has lapsed.
const lockDuration = environment().WORKER_LOCK_DURATION_MS;

@Processor(QUEUES.rankings, { lockDuration, stalledInterval: lockDuration, concurrency: 1 })
export class RankingsProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RankingsProcessor.name);

  constructor(
    private readonly rankings: RankingsService,
    @InjectQueue(QUEUES.rankings) private readonly queue: Queue<CampaignRankingsPayload>,
    private readonly imports: SurveyImportsRepository,
  ) {
    super();
  }

  private rescheduler: NodeJS.Timeout | undefined;

  /**
   * The sweep catches imports whose aggregation job was lost (Redis away at the time, a crash in between). A
   * Redis that restarts empty loses the sweep's scheduler too, so it is upserted again every half minute (an
   * upsert of the same scheduler changes nothing); while Redis is away that simply fails and is retried.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleSweep();
    this.rescheduler = setInterval(() => {
      this.scheduleSweep().catch((e: Error) => this.logger.warn(`sweep not scheduled yet: ${e.message}`));
    }, environment().SWEEP_RESCHEDULE_MS);
    this.rescheduler.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.rescheduler);
  }

  private async scheduleSweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JOBS.aggregationSweep,
      { every: environment().AGGREGATION_SWEEP_SECONDS * 1000 },
      {
        name: JOBS.aggregationSweep,
        data: { campaignId: '' },
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    );
  }

  async process(job: Job<CampaignRankingsPayload>): Promise<unknown> {
    switch (job.name) {
      case JOBS.aggregateCampaign: {
        const outcome = await this.rankings.aggregate(job.data.campaignId, (p) => job.updateProgress(p));
        this.logger.log(
          `Aggregated campaign ${job.data.campaignId}: ${outcome.rows} rows in ${outcome.batches} batches ` +
            `(${outcome.aggregateMs} ms), ${outcome.snapshots} snapshots (${outcome.snapshotMs} ms)`,
        );
        return outcome;
      }
      case JOBS.recomputeCampaign:
        return this.rankings.recompute(job.data.campaignId);
      case JOBS.aggregationSweep: {
        const campaigns = await this.rankings.campaignsWithPendingBatches();
        for (const campaignId of campaigns) {
          await this.queue.add(
            JOBS.aggregateCampaign,
            { campaignId },
            { ...AGGREGATION_JOB_OPTIONS, jobId: aggregationJobId(campaignId) },
          );
        }
        const abandoned = await this.imports.failAbandoned(ABANDONED_IMPORT_MINUTES);
        return { enqueued: campaigns.length, abandoned };
      }
      default:
        this.logger.warn(`Unknown job ${job.name} on ${QUEUES.rankings}; ignored`);
        return null;
    }
  }
}
