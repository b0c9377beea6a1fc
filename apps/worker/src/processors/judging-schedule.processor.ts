import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { SYSTEM_ACTOR } from '@app/common';
import { RoundsService, ScoreSheetsService } from '@app/judging';
import { JOBS, QUEUES, RoundSchedulePayload } from '@app/queue';

@Processor(QUEUES.judgingSchedule)
export class JudgingScheduleProcessor extends WorkerHost {
  private readonly logger = new Logger(JudgingScheduleProcessor.name);

  constructor(
    private readonly rounds: RoundsService,
    private readonly sheets: ScoreSheetsService,
  ) {
    super();
  }

  async process(job: Job<RoundSchedulePayload>): Promise<string> {
    const { roundId, to, scheduledFor } = job.data;
    if (job.name === JOBS.roundReminder) {
      // The occasion is the scheduled time: a retried job finds its reminders made and sends none twice.
      const { reminded } = await this.sheets.remind(roundId, `scheduled-${scheduledFor}`);
      return `reminded ${reminded}`;
    }
    if (to !== 'open' && to !== 'closed') return 'stale';
    const outcome = await this.rounds.applyScheduledTransition(roundId, to, scheduledFor, {
      ...SYSTEM_ACTOR,
      requestId: `job:${job.id}`,
    });
    this.logger.log(`Scheduled move of round ${roundId} to ${to}: ${outcome}`);
    if (to === 'closed' && outcome.startsWith('refused')) {
      // The deadline passed with sheets missing: their judges hear so, once per scheduled close.
      await this.sheets.remind(roundId, `closed-${scheduledFor}`, true);
    }
    return outcome;
  }
}
