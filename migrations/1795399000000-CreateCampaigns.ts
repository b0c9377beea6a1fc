import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampaigns1795399000000 implements MigrationInterface {
  name = 'CreateCampaigns1795399000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug                    varchar(80)  NOT NULL,
        name                    varchar(300) NOT NULL,
        year                    integer      NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        description_en          text         NOT NULL DEFAULT '',
        description_zh          text         NOT NULL DEFAULT '',
        time_zone               varchar(64)  NOT NULL,
        state                   varchar(16)  NOT NULL DEFAULT 'draft',
        state_changed_at        timestamptz  NOT NULL DEFAULT now(),
        registration_opens_at   timestamptz  NULL,
        registration_closes_at  timestamptz  NULL,
        survey_opens_at         timestamptz  NULL,
        survey_closes_at        timestamptz  NULL,
        judging_starts_at       timestamptz  NULL,
        judging_ends_at         timestamptz  NULL,
        announcement_at         timestamptz  NULL,
        min_responses_ranked    integer      NOT NULL DEFAULT 100,
        min_responses_listed    integer      NOT NULL DEFAULT 30,
        methodology_version     varchar(40)  NOT NULL DEFAULT 'csi-2026.1',
        methodology_frozen_at   timestamptz  NULL,
        joint_winners_on_tie    boolean      NOT NULL DEFAULT true,
        cloned_from             uuid         NULL REFERENCES campaigns (id),
        created_by              uuid         NULL REFERENCES users (id),
        created_at              timestamptz  NOT NULL DEFAULT now(),
        updated_at              timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_slug_key UNIQUE (slug),
        CONSTRAINT campaigns_state_check CHECK (state IN ('draft','registration','survey','judging','deciding','announced','archived')),
        CONSTRAINT campaigns_minimums_check CHECK (min_responses_listed >= 1 AND min_responses_ranked >= min_responses_listed)
      )`);
    await q.query(`CREATE INDEX campaigns_listing_idx ON campaigns (year DESC, created_at, id)`);
    await q.query(`CREATE INDEX campaigns_state_idx ON campaigns (state)`);

    await q.query(`
      CREATE TABLE campaign_industries (
        campaign_id    uuid        NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        industry_code  varchar(40) NOT NULL REFERENCES industries (code),
        PRIMARY KEY (campaign_id, industry_code)
      )`);

    await q.query(`
      CREATE TABLE award_categories (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id     uuid         NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        name            varchar(300) NOT NULL,
        name_zh         varchar(300) NULL,
        kind            varchar(20)  NOT NULL,
        per_industry    boolean      NOT NULL,
        max_winners     integer      NOT NULL CHECK (max_winners >= 1),
        survey_weight   integer      NULL,
        panel_weight    integer      NULL,
        min_panel_band  varchar(40)  NULL,
        position        integer      NOT NULL,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT award_categories_kind_check CHECK (kind IN ('survey-benchmark', 'panel', 'combined')),
        -- Weights belong to combined categories only, and sum to 100 there.
        CONSTRAINT award_categories_weights_check CHECK (
          (kind = 'combined' AND survey_weight BETWEEN 0 AND 100 AND panel_weight BETWEEN 0 AND 100
             AND survey_weight + panel_weight = 100)
          OR (kind <> 'combined' AND survey_weight IS NULL AND panel_weight IS NULL)),
        CONSTRAINT award_categories_name_key UNIQUE (campaign_id, name)
      )`);
    await q.query(`CREATE INDEX award_categories_campaign_idx ON award_categories (campaign_id, position)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE award_categories`);
    await q.query(`DROP TABLE campaign_industries`);
    await q.query(`DROP TABLE campaigns`);
  }
}
