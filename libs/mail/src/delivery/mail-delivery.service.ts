import { Inject, Injectable, Logger } from '@nestjs/common';
import { isLanguage } from '@app/common';
import { mailConfig, MailConfig } from '@app/config';
import { isMailTemplate } from '../mail-templates';
import { MailDeliveriesRepository } from '../mail-deliveries.repository';
import { MailRenderer } from '../rendering/mail-renderer';
import { MailTransport } from './mail-transport';

/**
 * What one run of a message's job came to. `retry`: the job fails and BullMQ tries again after its back-off;
 * `dead`: no try is left (or none could help), the job fails for good and stays on the dashboard.
 */
export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'skipped'; state: string }
  | { kind: 'retry'; error: string }
  | { kind: 'dead'; error: string }
  | { kind: 'missing' };

/**
 * Sends one recorded message, once. The claim (queued -> sending) commits before the SMTP call, so a second run
 * of the job, or a run after a worker died mid-send, finds the message taken and sends nothing: at most once,
 * with the Message-ID derived from the delivery id so that a receiving server can recognise the message too.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly deliveries: MailDeliveriesRepository,
    private readonly renderer: MailRenderer,
    private readonly transport: MailTransport,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  async deliver(deliveryId: string): Promise<DeliveryOutcome> {
    const claimed = await this.deliveries.claim(deliveryId);
    if (claimed === null) return { kind: 'missing' };
    if (typeof claimed === 'string') return { kind: 'skipped', state: claimed };

    let rendered;
    try {
      if (!isMailTemplate(claimed.template)) throw new Error(`Unknown mail template ${claimed.template}`);
      if (!isLanguage(claimed.language)) throw new Error(`Unknown language ${claimed.language}`);
      rendered = this.renderer.render(claimed.template, claimed.language, claimed.params);
    } catch (error) {
      // Rendering fails the same way every time: retrying cannot help.
      return this.fail(deliveryId, (error as Error).message, true);
    }

    try {
      await this.transport.send({
        to: claimed.to,
        ...rendered,
        messageId: messageIdOf(deliveryId, this.config.from),
        language: claimed.language,
        template: claimed.template,
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const message = `${code ? `${code} ` : ''}${(error as Error).message}`;
      // 5xx: the server refuses for good (no such mailbox, relaying denied); 4xx and network errors pass.
      const permanent = code !== undefined && code >= 500;
      return this.fail(deliveryId, message, permanent || claimed.attempts >= this.config.attempts);
    }
    await this.deliveries.markSent(deliveryId);
    return { kind: 'sent' };
  }

  private async fail(deliveryId: string, error: string, dead: boolean): Promise<DeliveryOutcome> {
    await this.deliveries.markFailed(deliveryId, error, dead);
    if (dead) this.logger.warn(`Mail ${deliveryId} is dead: ${error}`);
    return dead ? { kind: 'dead', error } : { kind: 'retry', error };
  }
}

/** `<delivery-id@sender-domain>`: the same message has the same id, however often it is handed over. */
export function messageIdOf(deliveryId: string, from: string): string {
  return `<${deliveryId}@${from.split('@')[1] ?? 'care-awards.local'}>`;
}
