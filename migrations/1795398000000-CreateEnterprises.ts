import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEnterprises1795398000000 implements MigrationInterface {
  name = 'CreateEnterprises1795398000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enterprises (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_name         varchar(300)  NOT NULL,
        legal_name_zh      varchar(300)  NULL,
        credit_code        char(18)      NOT NULL,
        industry_code      varchar(40)   NOT NULL REFERENCES industries (code),
        organization_type  varchar(40)   NOT NULL REFERENCES organization_types (code),
        business_types     varchar(40)[] NOT NULL DEFAULT '{}',
        region             varchar(200)  NOT NULL,
        seats              integer       NOT NULL CHECK (seats > 0),
        -- Yuan, exact; used as a weight in industry aggregates, never shown publicly.
        annual_revenue     numeric(20,2) NULL CHECK (annual_revenue IS NULL OR annual_revenue >= 0),
        contact_name       varchar(200)  NOT NULL,
        contact_email      varchar(254)  NOT NULL,
        contact_phone      varchar(40)   NULL,
        status             varchar(16)   NOT NULL DEFAULT 'pending',
        review_reason      varchar(2000) NULL,
        reviewed_by        uuid          NULL REFERENCES users (id),
        reviewed_at        timestamptz   NULL,
        created_by         uuid          NOT NULL REFERENCES users (id),
        created_at         timestamptz   NOT NULL DEFAULT now(),
        updated_at         timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT enterprises_credit_code_key UNIQUE (credit_code),
        CONSTRAINT enterprises_status_check CHECK (status IN ('pending', 'verified', 'rejected')),
        CONSTRAINT enterprises_rejection_reason_check CHECK (status <> 'rejected' OR review_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX enterprises_industry_idx ON enterprises (industry_code, status)`);
    await q.query(`CREATE INDEX enterprises_status_idx ON enterprises (status, created_at, id)`);

    await q.query(`
      CREATE TABLE enterprise_members (
        enterprise_id  uuid        NOT NULL REFERENCES enterprises (id),
        user_id        uuid        NOT NULL REFERENCES users (id),
        role           varchar(16) NOT NULL,
        added_by       uuid        NULL REFERENCES users (id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enterprise_id, user_id),
        CONSTRAINT enterprise_members_role_check CHECK (role IN ('admin', 'member'))
      )`);
    await q.query(`CREATE INDEX enterprise_members_user_idx ON enterprise_members (user_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enterprise_members`);
    await q.query(`DROP TABLE enterprises`);
  }
}
