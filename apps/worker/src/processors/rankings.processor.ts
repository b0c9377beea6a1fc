import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FactoryProvider, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { Job } from 'bullmq';
import { rankingsConfig } from '@app/config';
import { CampaignRankingsPayload, JOBS, QUEUES } from '@app/queue';
import { RankingJobsService, RankingsService } from '@app/rankings';

export class RankingsProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RankingsProcessor.name);
  private rescheduler: NodeJS.Timeout | undefined;

  constructor(
    private readonly rankings: RankingsService,
    private readonly jobs: RankingJobsService,
    private readonly config: ConfigType<typeof rankingsConfig>,
  ) {
    super();
  }

  /** While Redis is away the sweep's scheduler cannot be upserted; the next round tries again. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.scheduleSweep(this.config.sweepSeconds * 1000);
    this.rescheduler = setInterval(() => {
      this.jobs
        .scheduleSweep(this.config.sweepSeconds * 1000)
        .catch((e: Error) => this.logger.warn(`sweep not scheduled yet: ${e.message}`));
    }, this.config.sweepRescheduleMs);
    this.rescheduler.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.rescheduler);
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
      case JOBS.aggregationSweep:
        return this.jobs.sweep();
      default:
        this.logger.warn(`Unknown job ${job.name} on ${QUEUES.rankings}; ignored`);
        return null;
    }
  }
}

/**
 * @nestjs/bullmq takes worker options only from @Processor, and builds the workers once every provider
 * exists. Applying the decorator in this factory, from the injected configuration, sets the lock duration
 * (after which a killed worker's job is taken over) without reading the environment when the file loads.
 */
export const rankingsProcessorProvider: FactoryProvider<RankingsProcessor> = {
  provide: RankingsProcessor,
  inject: [rankingsConfig.KEY, RankingsService, RankingJobsService],
  useFactory: (
    config: ConfigType<typeof rankingsConfig>,
    rankings: RankingsService,
    jobs: RankingJobsService,
  ) => {
    const lockDuration = config.workerLockDurationMs;
    Processor(QUEUES.rankings, { lockDuration, stalledInterval: lockDuration, concurrency: 1 })(
      RankingsProcessor,
    );
    return new RankingsProcessor(rankings, jobs, config);
  },
};
