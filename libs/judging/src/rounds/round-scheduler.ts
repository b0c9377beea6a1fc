import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { withTimeout } from '@app/common';
import {
  addScheduledJobs,
  JOBS,
  QUEUES,
  REDIS_WAIT_MS,
  reconciledDelay,
  RoundSchedulePayload,
} from '@app/queue';

export interface RoundWindow {
  opensAt: Date | null;
  closesAt: Date | null;
  reminderHoursBeforeClose: number;
}

interface PlannedJob {
  name: string;
  data: RoundSchedulePayload;
  at: Date;
  id: string;
}

/** The delayed jobs a round's window calls for: open, remind, close. Same round and time, same job id. */
export function plannedRoundJobs(roundId: string, w: RoundWindow): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  const transition = (to: 'open' | 'closed', at: Date) =>
    jobs.push({
      name: JOBS.roundTransition,
      data: { roundId, to, scheduledFor: at.toISOString() },
      at,
      id: `round-${roundId}-${to}-${at.getTime()}`,
    });
  if (w.opensAt) transition('open', w.opensAt);
  if (w.closesAt) {
    const remindAt = new Date(w.closesAt.getTime() - w.reminderHoursBeforeClose * 3_600_000);
    jobs.push({
      name: JOBS.roundReminder,
      data: { roundId, scheduledFor: remindAt.toISOString() },
      at: remindAt,
      id: `round-${roundId}-reminder-${remindAt.getTime()}`,
    });
    transition('closed', w.closesAt);
  }
  return jobs;
}

/**
 * The jobs a round's window calls for now, for the worker to make again after Redis lost them: the opening of
 * a draft round, the reminder and the closing of a draft or open one, each at its time (or at once if it
 * passed within the catch-up window). Same ids as when the round was saved.
 */
export function reconciledRoundJobs(
  round: RoundWindow & { id: string; state: string },
  now: Date,
): { name: string; data: RoundSchedulePayload; opts: { jobId: string; delay: number } }[] {
  if (round.state !== 'draft' && round.state !== 'open') return [];
  return plannedRoundJobs(round.id, round).flatMap((j) => {
    if (j.data.to === 'open' && round.state !== 'draft') return [];
    const delay = reconciledDelay(j.at, now);
    return delay === null ? [] : [{ name: j.name, data: j.data, opts: { jobId: j.id, delay } }];
  });
}

/**
 * Keeps one delayed job per scheduled event of a round, as the campaign scheduler does: jobs are added
 * before the round is committed (Redis away: the save is refused, nothing stored), stale ones removed after,
 * and a stale job that survives finds its time gone from the round and does nothing.
 */
@Injectable()
export class RoundScheduler {
  private readonly logger = new Logger(RoundScheduler.name);

  constructor(@InjectQueue(QUEUES.judgingSchedule) private readonly queue: Queue<RoundSchedulePayload>) {}

  async addJobs(roundId: string, window: RoundWindow, now = new Date()): Promise<void> {
    const jobs = plannedRoundJobs(roundId, window)
      .filter((j) => j.at.getTime() > now.getTime())
      .map((j) => ({
        name: j.name,
        data: j.data,
        opts: { jobId: j.id, delay: j.at.getTime() - now.getTime() },
      }));
    await addScheduledJobs(this.queue, jobs, { en: 'the round', zh: '评审轮次' });
  }

  /** Adds the jobs the windows call for; BullMQ ignores an id it already holds, so nothing runs twice. */
  async reconcile(
    rounds: (RoundWindow & { id: string; state: string })[],
    now = new Date(),
  ): Promise<number> {
    const jobs = rounds.flatMap((r) => reconciledRoundJobs(r, now));
    await addScheduledJobs(this.queue, jobs, { en: 'rounds', zh: '评审轮次' });
    return jobs.length;
  }

  /** Best effort: a job left behind is harmless. */
  async removeStaleJobs(roundId: string, before: RoundWindow, after: RoundWindow): Promise<void> {
    const kept = new Set(plannedRoundJobs(roundId, after).map((j) => j.id));
    for (const job of plannedRoundJobs(roundId, before)) {
      if (kept.has(job.id)) continue;
      try {
        await withTimeout(this.queue.remove(job.id), REDIS_WAIT_MS, 'timeout');
      } catch (error) {
        this.logger.warn(`Could not remove a stale job of round ${roundId}: ${(error as Error).message}`);
      }
    }
  }
}
