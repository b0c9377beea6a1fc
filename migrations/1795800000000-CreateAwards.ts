import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Winners: the organizers' decision per award category (the platform's proposal, the winners confirmed, an
 * override's justification, and the hash of the evidence they were decided on), the campaign's publication
 * made at the announcement, and the certificates issued to winners.
 *
 * All three are append-only: a changed decision is a new version, and what was published is never edited.
 */
export class CreateAwards1795800000000 implements MigrationInterface {
  name = 'CreateAwards1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_decisions (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id    uuid          NOT NULL REFERENCES campaigns (id),
        category_id    uuid          NOT NULL REFERENCES award_categories (id),
        version        integer       NOT NULL CHECK (version >= 1),
        -- The proposal as the organizer saw it, with its evidence.
        proposal       jsonb         NOT NULL,
        evidence_hash  char(64)      NOT NULL,
        -- [{industryCode|null, enterpriseIds[]}]: what will be published.
        winners        jsonb         NOT NULL,
        overridden     boolean       NOT NULL,
        justification  varchar(4000) NULL,
        decided_by     uuid          NULL REFERENCES users (id),
        decided_at     timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT award_decisions_version_key UNIQUE (category_id, version),
        CONSTRAINT award_decisions_override_justified CHECK (NOT overridden OR justification IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX award_decisions_campaign_idx ON award_decisions (campaign_id)`);
    await q.query(`
      CREATE TRIGGER award_decisions_immutable BEFORE UPDATE OR DELETE ON award_decisions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // One row per announced campaign: everything the public sees, frozen at the announcement.
    await q.query(`
      CREATE TABLE award_publications (
        campaign_id   uuid PRIMARY KEY REFERENCES campaigns (id),
        slug          varchar(80)  NOT NULL UNIQUE,
        content       jsonb        NOT NULL,
        checksum      char(64)     NOT NULL,
        announced_by  uuid         NULL REFERENCES users (id),
        how           varchar(16)  NOT NULL CHECK (how IN ('manual', 'scheduled')),
        announced_at  timestamptz  NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TRIGGER award_publications_immutable BEFORE UPDATE OR DELETE ON award_publications
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    await q.query(`
      CREATE TABLE certificates (
        code           varchar(24)  PRIMARY KEY,
        campaign_id    uuid         NOT NULL REFERENCES award_publications (campaign_id),
        category_id    uuid         NOT NULL REFERENCES award_categories (id),
        industry_code  varchar(40)  NULL,
        enterprise_id  uuid         NOT NULL REFERENCES enterprises (id),
        content        jsonb        NOT NULL,
        issued_at      timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT certificates_once UNIQUE (category_id, industry_code, enterprise_id)
      )`);
    await q.query(`CREATE INDEX certificates_campaign_idx ON certificates (campaign_id)`);
    await q.query(`
      CREATE TRIGGER certificates_immutable BEFORE UPDATE OR DELETE ON certificates
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['certificates', 'award_publications', 'award_decisions']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
