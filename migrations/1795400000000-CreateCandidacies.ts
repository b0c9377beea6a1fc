import { MigrationInterface, QueryRunner } from 'typeorm';

/** An enterprise entered in one award category of a campaign. Entry is free: there is no fee or sponsor column. */
export class CreateCandidacies1795400000000 implements MigrationInterface {
  name = 'CreateCandidacies1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE candidacies (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id      uuid          NOT NULL REFERENCES campaigns (id),
        category_id      uuid          NOT NULL REFERENCES award_categories (id),
        enterprise_id    uuid          NOT NULL REFERENCES enterprises (id),
        -- The enterprise's industry when it entered: rankings and counts group by it.
        industry_code    varchar(40)   NOT NULL REFERENCES industries (code),
        state            varchar(16)   NOT NULL DEFAULT 'submitted',
        decision_reason  varchar(2000) NULL,
        decided_by       uuid          NULL REFERENCES users (id),
        decided_at       timestamptz   NULL,
        submitted_by     uuid          NOT NULL REFERENCES users (id),
        created_at       timestamptz   NOT NULL DEFAULT now(),
        updated_at       timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT candidacies_one_per_category UNIQUE (category_id, enterprise_id),
        CONSTRAINT candidacies_state_check CHECK (state IN ('submitted', 'approved', 'rejected', 'withdrawn')),
        CONSTRAINT candidacies_rejection_reason_check CHECK (state <> 'rejected' OR decision_reason IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX candidacies_campaign_idx ON candidacies (campaign_id, category_id, industry_code, state)`,
    );
    await q.query(`CREATE INDEX candidacies_listing_idx ON candidacies (campaign_id, created_at, id)`);
    await q.query(`CREATE INDEX candidacies_enterprise_idx ON candidacies (enterprise_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE candidacies`);
  }
}
