import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { JobDurations, jobDurationsText, QUEUES, readJobDurations } from '@app/queue';
import { ResponseBatchesService, SurveyImportsService } from '@app/surveys';

const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

/**
 * Prometheus metrics of the whole platform, read at each scrape: HTTP latency by route (this process), rows
 * ingested and rejected and the aggregation lag (from PostgreSQL, so every API process reports the same), queue
 * depths (from Redis) and job durations (written to Redis by every worker).
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  private readonly logger = new Logger(MetricsService.name);
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'care_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private queues: Queue[] = [];

  constructor(
    private readonly imports: SurveyImportsService,
    private readonly batches: ResponseBatchesService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.queues = Object.values(QUEUES).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    collectDefaultMetrics({ register: this.registry, prefix: 'care_api_' });
    const { imports, batches, queues, logger } = this;

    new Gauge({
      name: 'care_survey_rows',
      help: 'Survey rows of stored imports by outcome: accepted, duplicate (turned away), rejected.',
      labelNames: ['outcome'] as const,
      registers: [this.registry],
      async collect() {
        const r = await imports.ingestionTotalsOfAllCampaigns();
        this.set({ outcome: 'accepted' }, r.accepted);
        this.set({ outcome: 'duplicate' }, r.duplicates);
        this.set({ outcome: 'rejected' }, r.rejected);
      },
    });
    new Gauge({
      name: 'care_aggregation_lag_seconds',
      help: 'Age of the oldest stored response batch not yet aggregated into the rankings; 0 when none waits.',
      registers: [this.registry],
      async collect() {
        this.set((await batches.oldestPendingAgeSeconds()) ?? 0);
      },
    });
    new Gauge({
      name: 'care_queue_jobs',
      help: 'Jobs per queue and state.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const q of queues) {
          try {
            const counts = await q.getJobCounts(...JOB_STATES);
            for (const state of JOB_STATES) this.set({ queue: q.name, state }, counts[state] ?? 0);
          } catch (error) {
            // Redis away: the depths are unknown, said by their absence and by care_redis_up.
            logger.warn(`queue depth of ${q.name}: ${(error as Error).message}`);
          }
        }
      },
    });
  }

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  /** The exposition text: prom-client's metrics, then the job-duration histograms the workers keep in Redis. */
  async text(): Promise<string> {
    const durations = new Map<string, JobDurations>();
    let redisUp = 1;
    for (const q of this.queues) {
      try {
        durations.set(q.name, await readJobDurations(q));
      } catch {
        redisUp = 0;
      }
    }
    return (
      (await this.registry.metrics()) +
      `# HELP care_redis_up Whether Redis answered this scrape.\n# TYPE care_redis_up gauge\ncare_redis_up ${redisUp}\n` +
      jobDurationsText('care_queue_job_duration_seconds', durations)
    );
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
