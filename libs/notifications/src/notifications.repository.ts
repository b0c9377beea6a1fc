import { Injectable } from '@nestjs/common';
import type { Language } from '@app/common';
import { Transactions } from '@app/database';

/** A notification as stored: rendered in its reader's language. */
export interface NotificationRecord {
  recipientId: string;
  kind: string;
  subject: string;
  body: string;
  params: Record<string, string>;
  language: Language;
  roundId: string | null;
  dedupeKey: string;
}

export interface StoredNotification {
  id: string;
  kind: string;
  subject: string;
  body: string;
  roundId: string | null;
  channel: string;
  createdAt: Date;
  deliveredAt: Date | null;
}

interface NotificationRow {
  id: string;
  kind: string;
  subject: string;
  body: string;
  round_id: string | null;
  channel: string;
  created_at: Date;
  delivered_at: Date | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** True when this call stored it; false when the same dedupe key was stored before. */
  async insertOnce(n: NotificationRecord): Promise<boolean> {
    const rows: unknown[] = await this.transactions.manager.query(
      `INSERT INTO notifications
         (recipient_id, kind, subject, body, params, language, round_id, dedupe_key, channel, delivered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'email', now()) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        n.recipientId,
        n.kind,
        n.subject,
        n.body,
        JSON.stringify(n.params),
        n.language,
        n.roundId,
        n.dedupeKey,
      ],
    );
    return rows.length === 1;
  }

  async latestOf(recipientId: string, limit: number): Promise<StoredNotification[]> {
    const rows: NotificationRow[] = await this.transactions.manager.query(
      `SELECT id, kind, subject, body, round_id, channel, created_at, delivered_at
         FROM notifications WHERE recipient_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [recipientId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      subject: r.subject,
      body: r.body,
      roundId: r.round_id,
      channel: r.channel,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
    }));
  }
}
