import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Actor, DomainError, withTimeout } from '@app/common';
import { AuditLogService } from '@app/identity';
import { AGGREGATION_JOB_OPTIONS, aggregationJobId, CampaignRankingsPayload, JOBS, QUEUES } from '@app/queue';
import { ResponseArrivals, ResponseBatchesService, SurveyImportsService } from '@app/surveys';

/**
 * The one producer of the rankings queue: every job on it is added here, with its id. Imports reach it
 * through surveys' ResponseArrivals (surveys cannot depend on rankings), people through the API, and the
 * worker's sweep through `sweep`.
 */
@Injectable()
export class RankingJobsService implements OnModuleInit {
  private readonly logger = new Logger(RankingJobsService.name);

  constructor(
    @InjectQueue(QUEUES.rankings) private readonly queue: Queue<CampaignRankingsPayload>,
    private readonly arrivals: ResponseArrivals,
    private readonly batches: ResponseBatchesService,
    private readonly imports: SurveyImportsService,
    private readonly auditLog: AuditLogService,
  ) {}

  onModuleInit(): void {
    this.arrivals.listen((campaignId) => this.requestAggregation(campaignId));
  }

  /** A full recompute from the stored responses; requests made while one waits coalesce into it. */
  async requestRecompute(campaignId: string, actor: Actor): Promise<string> {
    const jobId = `recompute-${campaignId}`;
    try {
      await withTimeout(
        this.queue.add(
          JOBS.recomputeCampaign,
          { campaignId, requestedBy: actor.userId },
          { ...AGGREGATION_JOB_OPTIONS, jobId },
        ),
        2000,
        'enqueue recompute',
      );
    } catch {
      throw new DomainError('unavailable', 'QUEUE_UNAVAILABLE', {
        en: 'The job queue is not reachable; try again shortly',
        zh: '无法连接任务队列；请稍后重试',
      });
    }
    await this.auditLog.record(actor, {
      action: 'rankings.recompute-requested',
      entityType: 'campaign',
      entityId: campaignId,
    });
    return jobId;
  }

  /**
   * After an import commits. Never fails: its rows are committed, and the worker's periodic sweep finds
   * unaggregated batches even if this enqueue is lost. A waiting job with the campaign's id absorbs a burst.
   */
  async requestAggregation(campaignId: string): Promise<void> {
    try {
      await withTimeout(this.addAggregation(campaignId), 2000, 'enqueue aggregation');
    } catch (error) {
      this.logger.warn(
        `Aggregation of campaign ${campaignId} not enqueued (the sweep will): ${String(error)}`,
      );
    }
  }

  /**
   * The sweep's scheduler. A Redis that restarts empty loses it, so the worker upserts it again now and then
   * (an upsert of the same scheduler changes nothing).
   */
  async scheduleSweep(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(
      JOBS.aggregationSweep,
      { every: everyMs },
      {
        name: JOBS.aggregationSweep,
        data: { campaignId: '' },
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    );
  }

  /**
   * Catches what was lost on the way (Redis away when an import committed, a crash in between): enqueues the
   * aggregation of every campaign with unaggregated batches, and fails imports whose API process died.
   */
  async sweep(): Promise<{ enqueued: number; abandoned: number }> {
    const campaigns = await this.batches.campaignsWithPendingBatches();
    for (const campaignId of campaigns) await this.addAggregation(campaignId);
    const abandoned = await this.imports.failAbandoned();
    return { enqueued: campaigns.length, abandoned };
  }

  private async addAggregation(campaignId: string): Promise<void> {
    await this.queue.add(
      JOBS.aggregateCampaign,
      { campaignId },
      { ...AGGREGATION_JOB_OPTIONS, jobId: aggregationJobId(campaignId) },
    );
  }
}
