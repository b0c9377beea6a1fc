import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import { recordJobDuration } from '@app/queue';
import { CampaignScheduleProcessor } from './processors/campaign-schedule.processor';
import { DiagnosticsProcessor } from './processors/diagnostics.processor';
import { JudgingScheduleProcessor } from './processors/judging-schedule.processor';
import { MailProcessor } from './processors/mail.processor';
import { RankingsProcessor } from './processors/rankings.processor';

const PROCESSORS = [
  DiagnosticsProcessor,
  CampaignScheduleProcessor,
  RankingsProcessor,
  JudgingScheduleProcessor,
  MailProcessor,
];

/** Adds each finished job's processing time to its queue's histogram in Redis, which the API's /metrics reads. */
@Injectable()
export class JobDurationRecorder implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobDurationRecorder.name);

  constructor(private readonly moduleRef: ModuleRef) {}

  onApplicationBootstrap(): void {
    for (const type of PROCESSORS) {
      const host = this.moduleRef.get<WorkerHost>(type, { strict: false });
      // The mail processor consumes only when a server is configured.
      if (host instanceof MailProcessor && !host.consuming) continue;
      const worker = host.worker;
      const queue = this.moduleRef.get<Queue>(getQueueToken(worker.name), { strict: false });
      const record = (job: Job | undefined, outcome: 'completed' | 'failed') => {
        // Metrics must never fail a job or the worker: a lost sample is logged and forgotten.
        if (job) recordJobDuration(queue, job, outcome).catch((e: Error) => this.logger.warn(e.message));
      };
      worker.on('completed', (job) => record(job, 'completed'));
      worker.on('failed', (job) => record(job, 'failed'));
    }
  }
}
