import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { withTimeout } from '@app/common';
import {
  addScheduledJobs,
  CampaignTransitionPayload,
  JOBS,
  QUEUES,
  REDIS_WAIT_MS,
  reconciledDelay,
} from '@app/queue';
import { CampaignState, isAtOrAfter } from './campaign-lifecycle';
import { CampaignSchedule, SCHEDULED_TRANSITIONS } from './campaign-schedule';

/** Job id for one scheduled move: the same campaign, state and time always give the same id. */
export function transitionJobId(campaignId: string, to: string, at: Date): string {
  return `campaign-${campaignId}-${to}-${at.getTime()}`;
}

/**
 * The jobs a campaign's schedule calls for now, for the worker to make again after Redis lost them: every
 * transition the campaign has not reached yet, at its time (or at once if it passed within the catch-up
 * window). Same ids as when the schedule was saved, so a job Redis still holds is left as it is.
 */
export function reconciledTransitionJobs(
  campaign: { id: string; state: CampaignState; schedule: CampaignSchedule },
  now: Date,
) {
  return SCHEDULED_TRANSITIONS.flatMap(({ field, to }) => {
    const at = campaign.schedule[field];
    if (!at || isAtOrAfter(campaign.state, to)) return [];
    const delay = reconciledDelay(at, now);
    if (delay === null) return [];
    return [
      {
        name: JOBS.campaignTransition,
        data: { campaignId: campaign.id, to, scheduledFor: at.toISOString() },
        opts: { jobId: transitionJobId(campaign.id, to, at), delay },
      },
    ];
  });
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
    await addScheduledJobs(this.queue, jobs, { en: 'transitions', zh: '状态转换' });
  }

  /** Adds the jobs the schedules call for; BullMQ ignores an id it already holds, so nothing runs twice. */
  async reconcile(
    campaigns: { id: string; state: CampaignState; schedule: CampaignSchedule }[],
    now = new Date(),
  ): Promise<number> {
    const jobs = campaigns.flatMap((c) => reconciledTransitionJobs(c, now));
    await addScheduledJobs(this.queue, jobs, { en: 'transitions', zh: '状态转换' });
    return jobs.length;
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
