import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Language } from '@app/common';
import type { MailTemplate } from './mail-templates';

/** A message to send. The same `idempotencyKey` is one message: asking again does not send twice. */
export interface OutgoingMail {
  to: string;
  /** The account it goes to, when there is one (an invitee has none yet). */
  recipientId?: string | null;
  template: MailTemplate;
  language: Language;
  params: Record<string, string>;
  idempotencyKey: string;
}

@Injectable()
export class MailDeliveriesRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The new delivery's id, or null when one with this idempotency key was recorded before. */
  async insertOnce(mail: OutgoingMail): Promise<string | null> {
    const rows: { id: string }[] = await this.transactions.manager.query(
      `INSERT INTO mail_deliveries (idempotency_key, recipient_id, to_address, template, language, params)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        mail.idempotencyKey,
        mail.recipientId ?? null,
        mail.to.trim().toLowerCase(),
        mail.template,
        mail.language,
        JSON.stringify(mail.params),
      ],
    );
    return rows[0]?.id ?? null;
  }
}
