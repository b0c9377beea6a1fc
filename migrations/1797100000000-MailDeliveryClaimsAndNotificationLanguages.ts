import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail delivered once, and notifications in the reader's language.
 *
 * `mail_deliveries.state` gains `sending`: the worker claims a message (queued -> sending, attempts + 1, and
 * `claimed_at`) in a transaction of its own before it talks to the SMTP server, and records the outcome after.
 * A job that runs twice, or a worker that died after the server took the message but before recording it, finds
 * the row `sending` or `sent` and does not send again. A transaction held open across the SMTP call (FOR UPDATE)
 * would roll back on such a crash and send the message a second time; the claim chooses at most once instead,
 * and the sweep marks a claim older than the SMTP timeouts `dead` with a reason, for a person to look at.
 *
 * `campaigns.language`: the language of a campaign's messages to people who have not chosen one (zh unless
 * the organizer says otherwise). `notifications.params` and `language`: a notification is a template and its
 * params, rendered in the reader's language for the inbox and for the email it also sends.
 */
export class MailDeliveryClaimsAndNotificationLanguages1797100000000 implements MigrationInterface {
  name = 'MailDeliveryClaimsAndNotificationLanguages1797100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_deliveries DROP CONSTRAINT mail_deliveries_state_check`);
    await q.query(`
      ALTER TABLE mail_deliveries
        ADD CONSTRAINT mail_deliveries_state_check CHECK (state IN ('queued', 'sending', 'sent', 'dead')),
        ADD COLUMN claimed_at timestamptz NULL`);
    // The sweep's other look: claims whose worker never came back.
    await q.query(
      `CREATE INDEX mail_deliveries_sending_idx ON mail_deliveries (claimed_at) WHERE state = 'sending'`,
    );

    await q.query(`
      ALTER TABLE campaigns ADD COLUMN language varchar(2) NOT NULL DEFAULT 'zh'
        CONSTRAINT campaigns_language_check CHECK (language IN ('zh', 'en'))`);

    await q.query(`
      ALTER TABLE notifications
        ADD COLUMN params jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN language varchar(2) NULL CONSTRAINT notifications_language_check CHECK (language IN ('zh', 'en')),
        ALTER COLUMN channel SET DEFAULT 'email'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP COLUMN params, DROP COLUMN language, ALTER COLUMN channel SET DEFAULT 'log'`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN language`);
    await q.query(`DROP INDEX mail_deliveries_sending_idx`);
    await q.query(`UPDATE mail_deliveries SET state = 'queued', claimed_at = NULL WHERE state = 'sending'`);
    await q.query(
      `ALTER TABLE mail_deliveries DROP CONSTRAINT mail_deliveries_state_check, DROP COLUMN claimed_at`,
    );
    await q.query(`
      ALTER TABLE mail_deliveries ADD CONSTRAINT mail_deliveries_state_check CHECK (state IN ('queued', 'sent', 'dead'))`);
  }
}
