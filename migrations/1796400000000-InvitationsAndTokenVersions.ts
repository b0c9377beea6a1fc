import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two account safeguards.
 *
 * `users.token_version`: access tokens carry the version current when they were issued; a password change, a
 * role change or a change of status bumps it, so every token issued before stops working at once. The check
 * reads the user by primary key, which the authenticator did already: no extra read, no new index.
 *
 * `enterprise_invitations`: an enterprise admin no longer adds a user by email; they invite an address, and
 * only the invitee's acceptance makes them a member. The address is stored as typed (lower-cased), known or
 * not, so the answer to the admin never tells whether an account exists. An invitation is pending until it is
 * accepted, declined or revoked; past `expires_at` a pending one is expired (computed, not stored). One pending
 * invitation per enterprise and address. `token_hash` is for the emailed link of a later issue (the SHA-256 of
 * a token sent once, never the token): empty until the mail is sent.
 */
export class InvitationsAndTokenVersions1796400000000 implements MigrationInterface {
  name = 'InvitationsAndTokenVersions1796400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);

    await q.query(`
      CREATE TABLE enterprise_invitations (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id  uuid         NOT NULL REFERENCES enterprises (id),
        email          varchar(254) NOT NULL,
        status         varchar(16)  NOT NULL DEFAULT 'pending',
        token_hash     char(64)     NULL,
        invited_by     uuid         NOT NULL REFERENCES users (id),
        created_at     timestamptz  NOT NULL DEFAULT now(),
        expires_at     timestamptz  NOT NULL,
        responded_by   uuid         NULL REFERENCES users (id),
        responded_at   timestamptz  NULL,
        CONSTRAINT enterprise_invitations_status_check
          CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
        CONSTRAINT enterprise_invitations_email_lower CHECK (email = lower(email)),
        CONSTRAINT enterprise_invitations_expiry_check CHECK (expires_at > created_at),
        CONSTRAINT enterprise_invitations_responded_check
          CHECK ((status = 'pending') = (responded_at IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX enterprise_invitations_pending_key
        ON enterprise_invitations (enterprise_id, email) WHERE status = 'pending'`);
    // What an invitee sees at sign-in: their pending invitations, by address.
    await q.query(`
      CREATE INDEX enterprise_invitations_email_idx
        ON enterprise_invitations (email, created_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE UNIQUE INDEX enterprise_invitations_token_key
        ON enterprise_invitations (token_hash) WHERE token_hash IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enterprise_invitations`);
    await q.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
