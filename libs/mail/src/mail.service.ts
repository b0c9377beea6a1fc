import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '@app/common';
import { mailConfig, MailConfig } from '@app/config';
import { Transactions } from '@app/database';
import { MailJobsService } from './delivery/mail-jobs.service';
import { MailDeliveriesRepository, OutgoingMail } from './mail-deliveries.repository';
import type { MailTemplate } from './mail-templates';
import { MailRenderer, RenderedMail } from './rendering/mail-renderer';

/**
 * The platform's outgoing mail. `send` records the message in the caller's ambient transaction, so it exists
 * exactly when the change it announces committed; its job is added once that transaction commits, and the
 * mail queue's worker delivers it.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly deliveries: MailDeliveriesRepository,
    private readonly jobs: MailJobsService,
    private readonly renderer: MailRenderer,
    private readonly transactions: Transactions,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  /**
   * True when this call recorded the message; false when one with the same idempotency key already was.
   * Throws when the template's required params are missing: such a message would go out with blanks.
   */
  async send(mail: OutgoingMail): Promise<boolean> {
    // Checked now, in the caller's transaction; rendered once, by the worker that sends it.
    this.renderer.requireParams(mail.template, mail.params);
    const id = await this.deliveries.insertOnce(mail);
    if (id === null) return false;
    this.transactions.afterCommit(() => this.jobs.enqueueSoon(id));
    return true;
  }

  /**
   * Records many messages in one statement (a bulk import's invitations), each once per idempotency key, and
   * adds their jobs together once the transaction commits. Throws, recording nothing, when any would go out
   * with blanks.
   */
  async sendMany(mails: OutgoingMail[]): Promise<number> {
    for (const mail of mails) this.renderer.requireParams(mail.template, mail.params);
    const ids = await this.deliveries.insertMany(mails);
    if (ids.length > 0) this.transactions.afterCommit(() => this.jobs.enqueueSoon(...ids));
    return ids.length;
  }

  /** The message as its reader gets it (subject, HTML, text), e.g. for an inbox beside the email. */
  render(template: MailTemplate, language: Language, params: Record<string, string>): RenderedMail {
    return this.renderer.render(template, language, params);
  }

  /** An absolute link at the platform's public address, for a message's body. */
  link(path: string, query: Record<string, string> = {}): string {
    const url = new URL(this.config.publicBaseUrl + (path.startsWith('/') ? path : `/${path}`));
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url.toString();
  }
}
