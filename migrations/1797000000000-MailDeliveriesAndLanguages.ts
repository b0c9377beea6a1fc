import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail that reaches people.
 *
 * `mail_deliveries`: one row per message the platform means to send, written in the transaction of the change
 * it announces (an invitation, a decision, a reminder), so a message exists exactly when that change committed.
 * `idempotency_key` makes a message one message however often the job that wants it runs. The mail queue's
 * worker moves it from `queued` to `sent`, or to `dead` once its retries are spent; `attempts` and
 * `last_error` say what happened on the way. `params` holds what the template fills in (names, links); the
 * message is rendered when it is sent, in `language`.
 *
 * `users.language`: the language a person reads the platform in (`zh` or `en`); null until they choose, when
 * the campaign's language decides.
 */
export class MailDeliveriesAndLanguages1797000000000 implements MigrationInterface {
  name = 'MailDeliveriesAndLanguages1797000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN language varchar(2) NULL
        CONSTRAINT users_language_check CHECK (language IN ('zh', 'en'))`);

    await q.query(`
      CREATE TABLE mail_deliveries (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key  varchar(200) NOT NULL,
        recipient_id     uuid         NULL REFERENCES users (id),
        to_address       varchar(254) NOT NULL,
        template         varchar(64)  NOT NULL,
        language         varchar(2)   NOT NULL,
        params           jsonb        NOT NULL DEFAULT '{}',
        state            varchar(16)  NOT NULL DEFAULT 'queued',
        attempts         integer      NOT NULL DEFAULT 0,
        last_error       text         NULL,
        created_at       timestamptz  NOT NULL DEFAULT now(),
        sent_at          timestamptz  NULL,
        CONSTRAINT mail_deliveries_idempotency_key UNIQUE (idempotency_key),
        CONSTRAINT mail_deliveries_language_check CHECK (language IN ('zh', 'en')),
        CONSTRAINT mail_deliveries_state_check CHECK (state IN ('queued', 'sent', 'dead')),
        CONSTRAINT mail_deliveries_sent_check CHECK ((state = 'sent') = (sent_at IS NOT NULL))
      )`);
    // The worker's sweep for messages whose job Redis lost: the queued ones, oldest first.
    await q.query(
      `CREATE INDEX mail_deliveries_queued_idx ON mail_deliveries (created_at) WHERE state = 'queued'`,
    );
    await q.query(`CREATE INDEX mail_deliveries_recipient_idx ON mail_deliveries (recipient_id, created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_deliveries`);
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
