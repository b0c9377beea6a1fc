import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { withTimeout } from '@app/common';
import { CampaignTransitionPayload, JOBS, QUEUES, addScheduledJobs, REDIS_WAIT_MS } from '@app/queue';
import { CampaignSchedule, SCHEDULED_TRANSITIONS } from './campaign-schedule';

/** Job id for one scheduled move: the same campaign, state and time always give the same id. */
export function transitionJobId(campaignId: string, to: string, at: Date): string {
  return `campaign-${campaignId}-${to}-${at.getTime()}`;
}

/**
 * Keeps one delayed job per scheduled transition. Jobs for the new schedule are added before the schedule is
 * committed (if Redis refuses, the save is rolled back); jobs for times no longer in the schedule are removed
 * after, and any that survive find their time gone from the schedule and do nothing.
 */
@Injectable()
export class CampaignScheduler {
  private readonly logger = new Logger(CampaignScheduler.name);

  constructor(
    @InjectQueue(QUEUES.campaignSchedule) private readonly queue: Queue<CampaignTransitionPayload>,
  ) {}

  async addJobs(campaignId: string, schedule: CampaignSchedule, now = new Date()): Promise<void> {
    const jobs = SCHEDULED_TRANSITIONS.flatMap(({ field, to }) => {
      const at = schedule[field];
      if (!at || at.getTime() <= now.getTime()) return [];
      return [
        {
          name: JOBS.campaignTransition,
          data: { campaignId, to, scheduledFor: at.toISOString() },
          opts: { jobId: transitionJobId(campaignId, to, at), delay: at.getTime() - now.getTime() },
        },
      ];
    });
    await addScheduledJobs(this.queue, jobs, 'transitions');
  }

  /** Best effort: a job left behind is harmless (it checks the schedule when it fires). */
  async removeStaleJobs(
    campaignId: string,
    before: CampaignSchedule,
    after: CampaignSchedule,
  ): Promise<void> {
    for (const { field, to } of SCHEDULED_TRANSITIONS) {
      const old = before[field];
      if (!old || after[field]?.getTime() === old.getTime()) continue;
      try {
        await withTimeout(this.queue.remove(transitionJobId(campaignId, to, old)), REDIS_WAIT_MS, 'timeout');
      } catch (error) {
        this.logger.warn(
          `Could not remove a stale transition job for ${campaignId}: ${(error as Error).message}`,
        );
      }
    }
  }
}
