import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who an enterprise is (legal names, credit code, industry, organisation type) changes only through review.
 *
 * `enterprise_identity_versions` keeps every identity an organizer verified, append-only (a trigger refuses
 * UPDATE and DELETE): what is published (results, certificates, decisions' evidence) is always the last one.
 * `enterprise_identity_changes` holds what an enterprise asked to change, pending until an organizer verifies
 * it (a new version) or rejects it, or the enterprise withdraws it; at most one is pending per enterprise.
 *
 * Backfill: every enterprise verified today gets version 1, its current identity, verified by its reviewer.
 */
export class EnterpriseIdentityVersions1796100000000 implements MigrationInterface {
  name = 'EnterpriseIdentityVersions1796100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enterprise_identity_versions (
        enterprise_id      uuid          NOT NULL REFERENCES enterprises (id),
        version            integer       NOT NULL CHECK (version >= 1),
        legal_name         varchar(300)  NOT NULL,
        legal_name_zh      varchar(300)  NULL,
        credit_code        char(18)      NOT NULL,
        industry_code      varchar(40)   NOT NULL REFERENCES industries (code),
        organization_type  varchar(40)   NOT NULL REFERENCES organization_types (code),
        verified_by        uuid          NULL REFERENCES users (id),
        verified_at        timestamptz   NOT NULL DEFAULT now(),
        PRIMARY KEY (enterprise_id, version)
      )`);
    await q.query(`
      CREATE TRIGGER enterprise_identity_versions_immutable BEFORE UPDATE OR DELETE ON enterprise_identity_versions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    await q.query(`
      CREATE TABLE enterprise_identity_changes (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id      uuid          NOT NULL REFERENCES enterprises (id),
        -- The whole identity asked for (unchanged fields copied), so a verification applies it as it was read.
        legal_name         varchar(300)  NOT NULL,
        legal_name_zh      varchar(300)  NULL,
        credit_code        char(18)      NOT NULL,
        industry_code      varchar(40)   NOT NULL REFERENCES industries (code),
        organization_type  varchar(40)   NOT NULL REFERENCES organization_types (code),
        state              varchar(16)   NOT NULL DEFAULT 'pending',
        proposed_by        uuid          NOT NULL REFERENCES users (id),
        proposed_at        timestamptz   NOT NULL DEFAULT now(),
        reviewed_by        uuid          NULL REFERENCES users (id),
        reviewed_at        timestamptz   NULL,
        review_reason      varchar(2000) NULL,
        -- The version a verification created.
        version            integer       NULL,
        CONSTRAINT enterprise_identity_changes_state_check CHECK (state IN ('pending', 'verified', 'rejected', 'withdrawn')),
        CONSTRAINT enterprise_identity_changes_rejection_reason_check
          CHECK (state <> 'rejected' OR review_reason IS NOT NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX enterprise_identity_changes_one_pending
        ON enterprise_identity_changes (enterprise_id) WHERE state = 'pending'`);
    await q.query(`
      CREATE INDEX enterprise_identity_changes_enterprise_idx
        ON enterprise_identity_changes (enterprise_id, proposed_at)`);

    await q.query(`
      INSERT INTO enterprise_identity_versions
        (enterprise_id, version, legal_name, legal_name_zh, credit_code, industry_code, organization_type,
         verified_by, verified_at)
      SELECT id, 1, legal_name, legal_name_zh, credit_code, industry_code, organization_type,
             reviewed_by, coalesce(reviewed_at, updated_at)
        FROM enterprises WHERE status = 'verified'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enterprise_identity_changes`);
    await q.query(`DROP TABLE enterprise_identity_versions`);
  }
}
