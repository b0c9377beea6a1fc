import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Actor, DomainError, withTimeout } from '@app/common';
import { AuditLogService } from '@app/identity';
import { AGGREGATION_JOB_OPTIONS, CampaignRankingsPayload, JOBS, QUEUES } from '@app/queue';

/** Requests for the worker that come from people rather than imports. */
@Injectable()
export class RankingJobsService {
  constructor(
    @InjectQueue(QUEUES.rankings) private readonly queue: Queue<CampaignRankingsPayload>,
    private readonly auditLog: AuditLogService,
  ) {}

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
      throw new DomainError(
        'unavailable',
        'QUEUE_UNAVAILABLE',
        'The job queue is not reachable; try again shortly',
      );
    }
    await this.auditLog.record(actor, {
      action: 'rankings.recompute-requested',
      entityType: 'campaign',
      entityId: campaignId,
    });
    return jobId;
  }
}
