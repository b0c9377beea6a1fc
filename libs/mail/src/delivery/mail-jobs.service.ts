import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { mailConfig, MailConfig } from '@app/config';
import { JOBS, MailDeliveryPayload, mailJobOptions, QUEUES } from '@app/queue';
import { MailDeliveriesRepository } from '../mail-deliveries.repository';
import { CREDENTIAL_LINK_TEMPLATES } from '../mail-templates';

/** Longer than the transport's timeouts together: a claim this old has no worker left to finish it. */
const ABANDONED_CLAIM_MS = 5 * 60_000;
const SWEEP_BATCH = 500;
/**
 * How long a sent message keeps its credential params (its link's token): long enough for whoever needs the
 * record of a message just sent, never the life of an invitation.
 */
export const SENT_CREDENTIALS_KEPT_MS = 60 * 60_000;

/** The mail queue's jobs: one per message, whose id is the delivery's. */
@Injectable()
export class MailJobsService {
  private readonly logger = new Logger(MailJobsService.name);

  constructor(
    @InjectQueue(QUEUES.mail) private readonly queue: Queue<MailDeliveryPayload>,
    private readonly deliveries: MailDeliveriesRepository,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  /** Adding a message that has a job already does nothing (BullMQ keeps one job per id). */
  async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    const opts = mailJobOptions(this.config.attempts, this.config.backoffMs);
    await this.queue.addBulk(
      deliveryIds.map((deliveryId) => ({
        name: JOBS.deliverMail,
        data: { deliveryId },
        opts: { ...opts, jobId: deliveryId },
      })),
    );
  }

  /** After the transaction that recorded them commits; if Redis is away then, the sweep adds them later. */
  enqueueSoon(...deliveryIds: string[]): void {
    this.enqueue(deliveryIds).catch((e: Error) =>
      this.logger.warn(`${deliveryIds.length} mail(s) wait for the sweep: ${e.message}`),
    );
  }

  /**
   * Adds again the jobs of queued messages that Redis lost (restarted empty, or the API stopped between the
   * commit and the add), and gives up claims whose worker died mid-send (see the migration of `sending`).
   */
  async sweep(): Promise<{ requeued: number; abandoned: number }> {
    const abandoned = await this.deliveries.abandonClaimsBefore(
      ABANDONED_CLAIM_MS,
      'The worker stopped while sending; not sent again, since the server may have taken it (never twice)',
    );
    for (const id of abandoned) this.logger.warn(`Mail ${id} is dead: its worker stopped while sending`);
    // A message younger than a sweep interval is still on its way from the commit to the queue.
    const queued = await this.deliveries.queuedBefore(this.config.sweepMs, SWEEP_BATCH);
    await this.retryFailedJobsOf(queued);
    await this.enqueue(queued);
    await this.deliveries.forgetLinks(CREDENTIAL_LINK_TEMPLATES, SENT_CREDENTIALS_KEPT_MS);
    return { requeued: queued.length, abandoned: abandoned.length };
  }

  /**
   * A queued message whose job failed for good did not fail to send (that makes it dead): its runs could not
   * reach the database, say. Adding a job with the same id does nothing while the failed one is kept, so the
   * failed job is retried instead; without this the message would wait in the failed set for 30 days.
   */
  private async retryFailedJobsOf(deliveryIds: string[]): Promise<void> {
    for (const id of deliveryIds) {
      const job = await this.queue.getJob(id);
      if (job && (await job.isFailed())) await job.retry('failed');
    }
  }
}
