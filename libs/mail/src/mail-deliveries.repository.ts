import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';
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

export type DeliveryState = 'queued' | 'sending' | 'sent' | 'dead';

/** A message the worker has claimed: it alone sends it, this once. */
export interface ClaimedDelivery {
  id: string;
  to: string;
  template: string;
  language: string;
  params: Record<string, string>;
  /** Including this one. */
  attempts: number;
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

  /** The ids of the new deliveries (those whose idempotency key was not recorded before), in one statement. */
  async insertMany(mails: OutgoingMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows: { id: string }[] = await this.transactions.manager.query(
      `INSERT INTO mail_deliveries (idempotency_key, recipient_id, to_address, template, language, params)
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::jsonb[])
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        mails.map((m) => m.idempotencyKey),
        mails.map((m) => m.recipientId ?? null),
        mails.map((m) => m.to.trim().toLowerCase()),
        mails.map((m) => m.template),
        mails.map((m) => m.language),
        mails.map((m) => JSON.stringify(m.params)),
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Takes a queued message for sending (queued -> sending, one more attempt) in a statement that commits on its
   * own: two runs of one job cannot both win it. Else the state it is in, or null when there is no such row.
   */
  async claim(id: string): Promise<ClaimedDelivery | DeliveryState | null> {
    const rows = await modifiedRows<Omit<ClaimedDelivery, 'to'> & { to_address: string }>(
      this.transactions.manager,
      `UPDATE mail_deliveries SET state = 'sending', attempts = attempts + 1, claimed_at = now()
        WHERE id = $1 AND state = 'queued'
        RETURNING id, to_address, template, language, params, attempts`,
      [id],
    );
    const row = rows[0];
    if (row) {
      const { to_address, ...rest } = row;
      return { ...rest, to: to_address };
    }
    const states: { state: DeliveryState }[] = await this.transactions.manager.query(
      `SELECT state FROM mail_deliveries WHERE id = $1`,
      [id],
    );
    return states[0]?.state ?? null;
  }

  async markSent(id: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE mail_deliveries SET state = 'sent', sent_at = now(), last_error = NULL
        WHERE id = $1 AND state = 'sending'`,
      [id],
    );
  }

  /** Back to queued for the next retry, or dead when none is left. */
  async markFailed(id: string, error: string, dead: boolean): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE mail_deliveries SET state = CASE WHEN $3 THEN 'dead' ELSE 'queued' END, last_error = $2
        WHERE id = $1 AND state = 'sending'`,
      [id, error.slice(0, 2000), dead],
    );
  }

  /** Queued messages recorded more than `olderThanMs` ago, oldest first: those whose job may be lost. */
  async queuedBefore(olderThanMs: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.transactions.manager.query(
      `SELECT id FROM mail_deliveries
        WHERE state = 'queued' AND created_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY created_at LIMIT $2`,
      [olderThanMs, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Claims older than `olderThanMs` become dead with `reason`: their worker stopped mid-send. */
  async abandonClaimsBefore(olderThanMs: number, reason: string): Promise<string[]> {
    const rows = await modifiedRows<{ id: string }>(
      this.transactions.manager,
      `UPDATE mail_deliveries SET state = 'dead', last_error = $2
        WHERE state = 'sending' AND claimed_at < now() - make_interval(secs => $1::double precision / 1000)
        RETURNING id`,
      [olderThanMs, reason],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Takes the link out of the sent and dead messages of these templates finished more than `olderThanMs` ago
   * (the partial index on rows that still have a link finds them); the number of messages changed.
   */
  async forgetLinks(templates: readonly string[], olderThanMs: number): Promise<number> {
    const [, count]: [unknown, number] = await this.transactions.manager.query(
      `UPDATE mail_deliveries SET params = params - 'link'
        WHERE params ? 'link' AND template = ANY($1::text[]) AND state IN ('sent', 'dead')
          AND coalesce(sent_at, claimed_at, created_at) < now() - make_interval(secs => $2::double precision / 1000)`,
      [templates, olderThanMs],
    );
    return count;
  }
}
