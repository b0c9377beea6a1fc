import { Inject, Injectable } from '@nestjs/common';
import { mailConfig, MailConfig } from '@app/config';
import { MailDeliveriesRepository, OutgoingMail } from './mail-deliveries.repository';

/**
 * The platform's outgoing mail. `send` records the message in the caller's ambient transaction, so it exists
 * exactly when the change it announces committed; the mail queue's worker delivers it.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly deliveries: MailDeliveriesRepository,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  /** True when this call recorded the message; false when one with the same idempotency key already was. */
  async send(mail: OutgoingMail): Promise<boolean> {
    return (await this.deliveries.insertOnce(mail)) !== null;
  }

  /** An absolute link at the platform's public address, for a message's body. */
  link(path: string, query: Record<string, string> = {}): string {
    const url = new URL(this.config.publicBaseUrl + (path.startsWith('/') ? path : `/${path}`));
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url.toString();
  }
}
