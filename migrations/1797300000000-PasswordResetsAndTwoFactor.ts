import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credentials beyond the password: forgotten-password resets and two-factor sign-in.
 *
 * `password_resets`: one row per reset requested. Only the SHA-256 of the token is kept (the token itself
 * travels once, in the mail), so a copy of the database cannot reset anybody's password. A reset lasts 30
 * minutes and is used once; using one consumes every pending reset of that user.
 *
 * `user_two_factor`: a user's TOTP secret, encrypted at rest (AES-256-GCM, key derived from
 * TWO_FACTOR_ENCRYPTION_KEY or JWT_SECRET), pending until the first code confirms it (`enabled_at`).
 * `last_time_step` is the TOTP time step of the last code accepted: a code of that step or an earlier one is
 * refused, so a code observed in use cannot be replayed.
 *
 * `user_recovery_codes`: the one-time recovery codes, as keyed hashes; a used one is deleted.
 *
 * `campaigns.judges_require_two_factor`: an organizer's choice that the campaign's judges sign in with a
 * second factor before they see its assignments, score sheets and conflicts.
 */
export class PasswordResetsAndTwoFactor1797300000000 implements MigrationInterface {
  name = 'PasswordResetsAndTwoFactor1797300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_resets (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash  char(64)    NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz NULL,
        CONSTRAINT password_resets_token_hash UNIQUE (token_hash),
        CONSTRAINT password_resets_expiry_check CHECK (expires_at > created_at)
      )`);
    // Consuming a user's pending resets at once.
    await q.query(
      `CREATE INDEX password_resets_pending_idx ON password_resets (user_id) WHERE used_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE user_two_factor (
        user_id           uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret_encrypted  text        NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        enabled_at        timestamptz NULL,
        last_time_step    bigint      NULL
      )`);

    await q.query(`
      CREATE TABLE user_recovery_codes (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash   char(64)    NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_recovery_codes_unique UNIQUE (user_id, code_hash)
      )`);

    await q.query(
      `ALTER TABLE campaigns ADD COLUMN judges_require_two_factor boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN judges_require_two_factor`);
    await q.query(`DROP TABLE user_recovery_codes`);
    await q.query(`DROP TABLE user_two_factor`);
    await q.query(`DROP TABLE password_resets`);
  }
}
