import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FactoryProvider, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { mailConfig, MailConfig } from '@app/config';
import { DeliveryOutcome, MailDeliveryService, MailJobsService, MailTransport } from '@app/mail';
import { MailDeliveryPayload, QUEUES } from '@app/queue';

/** Delivers the mail queue's messages, and every MAIL_SWEEP_MS adds again the jobs that Redis lost. */
export class MailProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailProcessor.name);
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly delivery: MailDeliveryService,
    private readonly jobs: MailJobsService,
    private readonly config: MailConfig,
    readonly consuming: boolean,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (!this.consuming) return;
    this.sweeper = setInterval(() => {
      this.jobs.sweep().catch((e: Error) => this.logger.warn(`Mail sweep not done: ${e.message}`));
    }, this.config.sweepMs);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async process(job: Job<MailDeliveryPayload>): Promise<DeliveryOutcome> {
    const outcome = await this.delivery.deliver(job.data.deliveryId);
    switch (outcome.kind) {
      case 'retry':
        throw new Error(outcome.error);
      case 'dead':
        // Into the failed set at once, where the dashboard shows it beside the delivery's last error.
        throw new UnrecoverableError(outcome.error);
      case 'missing':
        // Not committed yet, or the API rolled back after all: look again after the back-off.
        throw new Error(`No mail delivery ${job.data.deliveryId} (yet)`);
      default:
        return outcome;
    }
  }
}

/**
 * The processor consumes the mail queue only when there is a server to send to: without SMTP_URL a BullMQ
 * worker would take every message and fail it towards `dead`. @nestjs/bullmq finds consumers by the
 * @Processor metadata of the instance's class, so the decorated subclass exists only when SMTP_URL is set.
 */
export const mailProcessorProvider: FactoryProvider<MailProcessor> = {
  provide: MailProcessor,
  inject: [mailConfig.KEY, MailDeliveryService, MailJobsService, MailTransport],
  useFactory: (
    config: MailConfig,
    delivery: MailDeliveryService,
    jobs: MailJobsService,
    transport: MailTransport,
  ) => {
    const logger = new Logger(MailProcessor.name);
    if (!transport.configured) {
      logger.warn('SMTP_URL is unset: mail stays queued until a worker with a server runs');
      return new MailProcessor(delivery, jobs, config, false);
    }
    logger.log(`Mail goes through ${transport.describe()}`);
    @Processor(QUEUES.mail, { concurrency: 4 })
    class ConsumingMailProcessor extends MailProcessor {}
    return new ConsumingMailProcessor(delivery, jobs, config, true);
  },
};
