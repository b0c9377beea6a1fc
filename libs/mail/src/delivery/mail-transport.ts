import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { mailConfig, MailConfig } from '@app/config';

export interface TransportMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  language: string;
  /** The template's name, sent as the X-Care-Awards-Template header (mail filters, the local catcher). */
  template: string;
}

/** Names the message's template, so a filter or a script tells the kinds of mail apart in any language. */
export const TEMPLATE_HEADER = 'X-Care-Awards-Template';

/** nodemailer over SMTP_URL; none when it is unset (the worker then leaves mail queued). */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter | null;

  constructor(@Inject(mailConfig.KEY) private readonly config: MailConfig) {
    this.transporter = config.smtpUrl
      ? createTransport({
          url: config.smtpUrl,
          // A server that hangs is a server that is down: give the attempt up and retry it later.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  /** Where mail goes, without the password, for the log. */
  describe(): string {
    if (!this.config.smtpUrl) return 'nowhere (SMTP_URL is unset)';
    const url = new URL(this.config.smtpUrl);
    return `${url.protocol}//${url.host}`;
  }

  async send(message: TransportMessage): Promise<void> {
    if (!this.transporter) throw new Error('SMTP_URL is unset');
    await this.transporter.sendMail({
      from: { name: 'Care Awards', address: this.config.from },
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: {
        'Content-Language': message.language === 'zh' ? 'zh-CN' : 'en',
        [TEMPLATE_HEADER]: message.template,
      },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.logger.debug('SMTP transport closed');
  }
}
