import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who an enterprise is (legal names, credit code, industry, organisation type) changes only through review.
 *
 * `enterprise_identity_versions` keeps every identity an organizer verified, append-only (a trigger refuses
 * UPDATE and DELETE): what is published (results, certificates, decisions' evidence) is always the last one.
 * `enterprise_identity_changes` holds what an enterprise asked to change, pending until an organizer verifies
 * it (a new version) or rejects it, or the enterprise withdraws it; at most one is pending per enterprise.
 *
 * Backfill: an enterprise that was verified and then sent back to `pending` by an edit of its identity (the
 * old rule) is verified again under the identity its last verification recorded in the audit log, with its
 * edit as a pending change; then every verified enterprise gets version 1, its current identity, verified by
 * its reviewer. `down()` applies pending changes the old way (the edited identity, status `pending`).
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

    // Enterprises sent back to review by an identity edit after a verification (not rejected since).
    await q.query(`
      CREATE TEMPORARY TABLE identity_backfill AS
      SELECT e.id AS enterprise_id,
             r.after ->> 'legalName' AS legal_name, r.after ->> 'legalNameZh' AS legal_name_zh,
             r.after ->> 'creditCode' AS credit_code, r.after ->> 'industryCode' AS industry_code,
             r.after ->> 'organizationType' AS organization_type,
             r.actor_id AS verified_by, r.occurred_at AS verified_at,
             coalesce(u.actor_id, e.created_by) AS edited_by
        FROM enterprises e
        JOIN LATERAL (
          SELECT a.action, a.after, a.actor_id, a.occurred_at FROM audit_log a
           WHERE a.entity_type = 'enterprise' AND a.entity_id = e.id::text
             AND a.action IN ('enterprise.verified', 'enterprise.rejected')
           ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1
        ) r ON r.action = 'enterprise.verified'
        LEFT JOIN LATERAL (
          SELECT a.actor_id FROM audit_log a
           WHERE a.entity_type = 'enterprise' AND a.entity_id = e.id::text AND a.action = 'enterprise.updated'
           ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1
        ) u ON true
       WHERE e.status = 'pending'
         AND r.after ->> 'legalName' IS NOT NULL AND r.after ->> 'creditCode' IS NOT NULL
         AND EXISTS (SELECT 1 FROM industries i WHERE i.code = r.after ->> 'industryCode')
         AND EXISTS (SELECT 1 FROM organization_types t WHERE t.code = r.after ->> 'organizationType')
         AND NOT EXISTS (SELECT 1 FROM enterprises o
                          WHERE o.credit_code = r.after ->> 'creditCode' AND o.id <> e.id)`);
    await q.query(`
      INSERT INTO enterprise_identity_changes
        (enterprise_id, legal_name, legal_name_zh, credit_code, industry_code, organization_type, proposed_by)
      SELECT e.id, e.legal_name, e.legal_name_zh, e.credit_code, e.industry_code, e.organization_type, b.edited_by
        FROM enterprises e JOIN identity_backfill b ON b.enterprise_id = e.id`);
    await q.query(`
      UPDATE enterprises e
         SET legal_name = b.legal_name, legal_name_zh = b.legal_name_zh, credit_code = b.credit_code,
             industry_code = b.industry_code, organization_type = b.organization_type, status = 'verified',
             review_reason = NULL, reviewed_by = b.verified_by, reviewed_at = b.verified_at
        FROM identity_backfill b WHERE b.enterprise_id = e.id`);
    await q.query(`DROP TABLE identity_backfill`);

    await q.query(`
      INSERT INTO enterprise_identity_versions
        (enterprise_id, version, legal_name, legal_name_zh, credit_code, industry_code, organization_type,
         verified_by, verified_at)
      SELECT id, 1, legal_name, legal_name_zh, credit_code, industry_code, organization_type,
             reviewed_by, coalesce(reviewed_at, updated_at)
        FROM enterprises WHERE status = 'verified'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // The old rule: an identity edit of a verified enterprise applied at once and sent it back to review.
    await q.query(`
      UPDATE enterprises e
         SET legal_name = c.legal_name, legal_name_zh = c.legal_name_zh,
             credit_code = CASE WHEN EXISTS (SELECT 1 FROM enterprises o
                                              WHERE o.credit_code = c.credit_code AND o.id <> e.id)
                                THEN e.credit_code ELSE c.credit_code END,
             industry_code = c.industry_code, organization_type = c.organization_type, status = 'pending',
             review_reason = NULL, reviewed_by = NULL, reviewed_at = NULL
        FROM enterprise_identity_changes c
       WHERE c.enterprise_id = e.id AND c.state = 'pending'`);
    await q.query(`DROP TABLE enterprise_identity_changes`);
    await q.query(`DROP TABLE enterprise_identity_versions`);
  }
}
