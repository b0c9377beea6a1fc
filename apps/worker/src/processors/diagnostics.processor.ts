import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { hostname } from 'node:os';
import { QUEUES, WorkerCheckPayload, WorkerCheckResult } from '@app/queue';

@Processor(QUEUES.diagnostics)
export class DiagnosticsProcessor extends WorkerHost {
  process(job: Job<WorkerCheckPayload, WorkerCheckResult>): Promise<WorkerCheckResult> {
    return Promise.resolve({
      worker: `${hostname()}:${process.pid}`,
      requestedAt: job.data.requestedAt,
      processedAt: new Date().toISOString(),
    });
  }
}
