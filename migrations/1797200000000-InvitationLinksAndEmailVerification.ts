import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People join by emailed link instead of by a password someone else typed for them.
 *
 * `staff_invitations`: an organizer invites a judge or an organizer by address; the link's token is sent once
 * and only its SHA-256 is kept (`token_hash`), so a copy of the database opens no account. An invitation is
 * pending until it is accepted (which creates the account: `accepted_user_id`) or revoked; past `expires_at` a
 * pending one is expired (computed, not stored). One pending invitation per address: the partial unique key
 * decides, so two organizers inviting the same person at once make one invitation.
 *
 * `users.email_verified_at`: a self-registered enterprise user proves their address before creating an
 * enterprise. Accounts that exist already were created by an organizer or registered under the old rules and
 * are kept working: they count as verified from their creation.
 *
 * `email_verifications`: the links sent to prove an address (the SHA-256 of the token, 48 hours, single use).
 *
 * `enterprise_invitations.role`: an organizer invites an enterprise's first admin (an enterprise an organizer
 * created has no member yet); invitations by an enterprise's admins stay member invitations.
 */
export class InvitationLinksAndEmailVerification1797200000000 implements MigrationInterface {
  name = 'InvitationLinksAndEmailVerification1797200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_invitations (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email             varchar(254) NOT NULL,
        role              varchar(16)  NOT NULL,
        display_name      varchar(200) NULL,
        language          varchar(2)   NULL,
        token_hash        char(64)     NOT NULL,
        status            varchar(16)  NOT NULL DEFAULT 'pending',
        invited_by        uuid         NULL REFERENCES users (id),
        created_at        timestamptz  NOT NULL DEFAULT now(),
        expires_at        timestamptz  NOT NULL,
        responded_at      timestamptz  NULL,
        accepted_user_id  uuid         NULL REFERENCES users (id),
        CONSTRAINT staff_invitations_role_check CHECK (role IN ('judge', 'organizer')),
        CONSTRAINT staff_invitations_language_check CHECK (language IN ('zh', 'en')),
        CONSTRAINT staff_invitations_status_check CHECK (status IN ('pending', 'accepted', 'revoked')),
        CONSTRAINT staff_invitations_email_lower CHECK (email = lower(email)),
        CONSTRAINT staff_invitations_expiry_check CHECK (expires_at > created_at),
        CONSTRAINT staff_invitations_responded_check CHECK ((status = 'pending') = (responded_at IS NULL)),
        CONSTRAINT staff_invitations_accepted_check CHECK ((status = 'accepted') = (accepted_user_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX staff_invitations_token_key ON staff_invitations (token_hash)`);
    await q.query(`
      CREATE UNIQUE INDEX staff_invitations_pending_key ON staff_invitations (email) WHERE status = 'pending'`);
    // The organizers' list, newest first, by state.
    await q.query(`CREATE INDEX staff_invitations_listing_idx ON staff_invitations (status, created_at)`);

    await q.query(`ALTER TABLE users ADD COLUMN email_verified_at timestamptz NULL`);
    await q.query(`UPDATE users SET email_verified_at = created_at`);

    await q.query(`
      CREATE TABLE email_verifications (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash  char(64)    NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz NULL,
        CONSTRAINT email_verifications_expiry_check CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX email_verifications_token_key ON email_verifications (token_hash)`);
    await q.query(`CREATE INDEX email_verifications_user_idx ON email_verifications (user_id)`);

    await q.query(`
      ALTER TABLE enterprise_invitations ADD COLUMN role varchar(16) NOT NULL DEFAULT 'member'
        CONSTRAINT enterprise_invitations_role_check CHECK (role IN ('member', 'admin'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enterprise_invitations DROP COLUMN role`);
    await q.query(`DROP TABLE email_verifications`);
    await q.query(`ALTER TABLE users DROP COLUMN email_verified_at`);
    await q.query(`DROP TABLE staff_invitations`);
  }
}
