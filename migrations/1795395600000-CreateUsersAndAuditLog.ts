import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndAuditLog1795395600000 implements MigrationInterface {
  name = 'CreateUsersAndAuditLog1795395600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email          varchar(254) NOT NULL,
        display_name   varchar(200) NOT NULL,
        role           varchar(16)  NOT NULL,
        password_hash  text         NOT NULL,
        status         varchar(16)  NOT NULL DEFAULT 'active',
        created_by     uuid         NULL REFERENCES users (id),
        last_login_at  timestamptz  NULL,
        created_at     timestamptz  NOT NULL DEFAULT now(),
        updated_at     timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email),
        -- Emails are compared case-insensitively; storing them lower-cased keeps the unique key honest.
        CONSTRAINT users_email_lower_check CHECK (email = lower(email)),
        CONSTRAINT users_role_check CHECK (role IN ('organizer', 'enterprise', 'judge')),
        CONSTRAINT users_status_check CHECK (status IN ('active', 'disabled'))
      )`);
    await q.query(`CREATE INDEX users_role_idx ON users (role, created_at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at  timestamptz  NOT NULL DEFAULT clock_timestamp(),
        actor_id     uuid         NULL REFERENCES users (id),
        actor_role   varchar(16)  NULL,
        action       varchar(100) NOT NULL,
        entity_type  varchar(60)  NOT NULL,
        entity_id    varchar(100) NULL,
        before       jsonb        NULL,
        after        jsonb        NULL,
        request_id   varchar(100) NULL,
        ip           varchar(64)  NULL
      )`);
    await q.query(`CREATE INDEX audit_log_time_idx ON audit_log (occurred_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at DESC)`,
    );
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, occurred_at DESC)`);

    // The audit log is evidence: rows may be added, never changed or removed through normal statements.
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_is_append_only()`);
    await q.query(`DROP TABLE users`);
  }
}
