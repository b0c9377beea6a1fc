import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CampaignsService } from '@app/campaigns';
import { schedulesConfig } from '@app/config';
import { RoundsService } from '@app/judging';

/**
 * Scheduled campaign and round transitions are BullMQ delayed jobs, which live only in Redis: a Redis that
 * restarts empty would lose every announcement and round closing still to come. The schedules themselves are
 * in PostgreSQL, so the worker makes the jobs again from them at start and every SCHEDULE_RECONCILE_MS. Job ids
 * are deterministic (BullMQ ignores an id it holds) and each job checks the schedule and state when it fires,
 * so reconciling as often as it likes never moves anything twice.
 */
@Injectable()
export class ScheduleReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScheduleReconciler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly rounds: RoundsService,
    @Inject(schedulesConfig.KEY) private readonly config: ConfigType<typeof schedulesConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // At start it must not stop the worker: with Redis away, the next round of reconciling tries again.
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.reconcileMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async reconcile(): Promise<void> {
    try {
      const now = new Date();
      const transitions = await this.campaigns.reconcileScheduledTransitions(now);
      const roundJobs = await this.rounds.reconcileScheduledJobs(now);
      this.logger.debug(`Reconciled ${transitions} campaign transitions and ${roundJobs} round jobs`);
    } catch (error) {
      this.logger.warn(`Scheduled jobs not reconciled yet: ${(error as Error).message}`);
    }
  }
}
