import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first methodology version, csi-2026.1, as it was when this migration was written. Copied, not imported:
 * a migration is history, and a later change to the live default must not change what this one inserts.
 */
const CSI_2026_1 = {
  version: 'csi-2026.1',
  description:
    'Default ACSI-family satisfaction methodology: CSI and CLI as weighted 0-100 rescaling, NPS on LOY2, ' +
    'Welch/Holm winner sets.',
  items: [
    {
      key: 'IMG',
      construct: 'image',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'reputation of the enterprise',
    },
    {
      key: 'EXP',
      construct: 'expectations',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'expected service quality before contact',
    },
    { key: 'QUA1', construct: 'quality', scaleMin: 1, scaleMax: 10, weight: 1, question: 'overall quality' },
    { key: 'QUA2', construct: 'quality', scaleMin: 1, scaleMax: 10, weight: 1, question: 'met my needs' },
    { key: 'QUA3', construct: 'quality', scaleMin: 1, scaleMax: 10, weight: 1, question: 'reliability' },
    { key: 'VAL1', construct: 'value', scaleMin: 1, scaleMax: 10, weight: 1, question: 'worth for money' },
    {
      key: 'VAL2',
      construct: 'value',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'quality for the price',
    },
    {
      key: 'SAT1',
      construct: 'satisfaction',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'overall satisfaction',
    },
    {
      key: 'SAT2',
      construct: 'satisfaction',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'compared with expectations',
    },
    {
      key: 'SAT3',
      construct: 'satisfaction',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'compared with an ideal service',
    },
    {
      key: 'CMP',
      construct: 'complaint',
      scaleMin: 0,
      scaleMax: 1,
      weight: 1,
      question: 'complained in the last 12 months',
    },
    {
      key: 'LOY1',
      construct: 'loyalty',
      scaleMin: 1,
      scaleMax: 10,
      weight: 1,
      question: 'likelihood to choose again',
    },
    {
      key: 'LOY2',
      construct: 'loyalty',
      scaleMin: 0,
      scaleMax: 10,
      weight: 1,
      question: 'likelihood to recommend (also NPS)',
    },
  ],
  parameters: {
    npsItem: 'LOY2',
    promoterMin: 9,
    detractorMax: 6,
    confidence: 0.95,
    npsZ: 1.96,
    minSatisfactionItems: 2,
    maxMissingShare: 0.2,
    minCompletionShareOfMedian: 0.4,
    softFlagsToExclude: 2,
    straightLiningMinItems: 5,
    contradictions: [{ itemA: 'SAT1', itemB: 'LOY1', maxGapPoints: 80 }],
    exclusionAlertRate: 0.15,
    exclusionAlertIndustryMultiple: 2,
    alpha: 0.05,
    displayDecimals: 1,
  },
};

/**
 * Survey instruments, partner keys, imports, responses, running totals and ranking snapshots.
 *
 * survey_responses is the hot table (millions of rows per campaign), so it carries only what the hot paths
 * need: its primary key is the dedupe key (first response wins via ON CONFLICT DO NOTHING), and it has no
 * foreign keys: every row is checked against the campaign's approved candidacies before it is staged, and
 * campaigns and enterprises are never deleted. Aggregation claims whole stored batches (response_batches)
 * rather than marking each response, so marking a million responses aggregated is a hundred row updates.
 */
export class CreateSurveysAndRankings1795500000000 implements MigrationInterface {
  name = 'CreateSurveysAndRankings1795500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await q.query(`
      CREATE TABLE methodology_versions (
        version      varchar(40)  PRIMARY KEY,
        description  text         NOT NULL,
        -- The default instrument of this version and every parameter of the rules; never edited.
        items        jsonb        NOT NULL,
        parameters   jsonb        NOT NULL,
        -- No foreign key: versions outlive accounts (the audit log names who created one).
        created_by   uuid         NULL,
        created_at   timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT methodology_versions_version_check CHECK (version ~ '^[a-z0-9][a-z0-9.-]{1,39}$')
      )`);
    await q.query(`
      CREATE TRIGGER methodology_versions_immutable BEFORE UPDATE OR DELETE ON methodology_versions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(
      `INSERT INTO methodology_versions (version, description, items, parameters) VALUES ($1, $2, $3, $4)`,
      [
        CSI_2026_1.version,
        CSI_2026_1.description,
        JSON.stringify(CSI_2026_1.items),
        JSON.stringify(CSI_2026_1.parameters),
      ],
    );
    // NOT VALID: drafts created before versions were data keep whatever they said until they are edited;
    // every new or changed campaign must name a real version.
    await q.query(`
      ALTER TABLE campaigns ADD CONSTRAINT campaigns_methodology_version_fkey
      FOREIGN KEY (methodology_version) REFERENCES methodology_versions (version) NOT VALID`);

    await q.query(`
      CREATE TABLE campaign_instruments (
        campaign_id  uuid         PRIMARY KEY REFERENCES campaigns (id),
        items        jsonb        NOT NULL,
        updated_by   uuid         NULL REFERENCES users (id),
        updated_at   timestamptz  NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE survey_partner_keys (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id   uuid         NOT NULL REFERENCES campaigns (id),
        label         varchar(200) NOT NULL,
        -- Shown in listings so people can tell keys apart; the secret itself is only ever stored hashed.
        key_prefix    varchar(16)  NOT NULL,
        key_hash      char(64)     NOT NULL,
        created_by    uuid         NOT NULL REFERENCES users (id),
        created_at    timestamptz  NOT NULL DEFAULT now(),
        revoked_at    timestamptz  NULL,
        revoked_by    uuid         NULL REFERENCES users (id),
        last_used_at  timestamptz  NULL,
        CONSTRAINT survey_partner_keys_hash_key UNIQUE (key_hash)
      )`);
    await q.query(
      `CREATE INDEX survey_partner_keys_campaign_idx ON survey_partner_keys (campaign_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE survey_imports (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id       uuid          NOT NULL REFERENCES campaigns (id),
        format            varchar(16)   NOT NULL,
        state             varchar(16)   NOT NULL DEFAULT 'receiving',
        bytes_expected    bigint        NULL,
        bytes_received    bigint        NOT NULL DEFAULT 0,
        received          integer       NOT NULL DEFAULT 0,
        accepted          integer       NOT NULL DEFAULT 0,
        duplicates        integer       NOT NULL DEFAULT 0,
        rejected          integer       NOT NULL DEFAULT 0,
        failure           varchar(2000) NULL,
        submitted_by      uuid          NULL REFERENCES users (id),
        partner_key_id    uuid          NULL REFERENCES survey_partner_keys (id),
        created_at        timestamptz   NOT NULL DEFAULT now(),
        stored_at         timestamptz   NULL,
        aggregated_at     timestamptz   NULL,
        updated_at        timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT survey_imports_format_check CHECK (format IN ('single', 'batch', 'csv', 'ndjson')),
        CONSTRAINT survey_imports_state_check CHECK (state IN ('receiving', 'stored', 'aggregated', 'failed')),
        CONSTRAINT survey_imports_submitter_check CHECK (submitted_by IS NOT NULL OR partner_key_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX survey_imports_campaign_idx ON survey_imports (campaign_id, created_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX survey_imports_stored_idx ON survey_imports (campaign_id) WHERE state = 'stored'`,
    );

    await q.query(`
      CREATE TABLE survey_import_rejections (
        import_id  uuid          NOT NULL REFERENCES survey_imports (id),
        seq        integer       NOT NULL,
        line       integer       NOT NULL,
        field      varchar(100)  NOT NULL,
        reason     varchar(500)  NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);

    await q.query(`
      CREATE TABLE response_batches (
        id             bigint PRIMARY KEY,
        campaign_id    uuid         NOT NULL REFERENCES campaigns (id),
        import_id      uuid         NOT NULL REFERENCES survey_imports (id),
        staged_rows    integer      NOT NULL,
        created_at     timestamptz  NOT NULL DEFAULT now(),
        aggregated_at  timestamptz  NULL
      )`);
    await q.query(`CREATE SEQUENCE response_batches_id_seq OWNED BY response_batches.id`);
    await q.query(
      `CREATE INDEX response_batches_pending_idx ON response_batches (campaign_id, id) WHERE aggregated_at IS NULL`,
    );
    await q.query(`CREATE INDEX response_batches_import_idx ON response_batches (import_id)`);

    await q.query(`
      CREATE TABLE survey_responses (
        campaign_id         uuid          NOT NULL,
        enterprise_id       uuid          NOT NULL,
        -- Byte order: respondent keys are opaque identifiers, and the primary key compares them on every insert.
        respondent_key      varchar(200)  COLLATE "C" NOT NULL,
        industry_code       varchar(40)   NOT NULL,
        submitted_at        timestamptz   NOT NULL,
        channel             varchar(32)   NOT NULL,
        completion_seconds  integer       NULL,
        -- Raw answers in the order of the campaign's frozen instrument; null where unanswered.
        answers             smallint[]    NOT NULL,
        -- Per-construct scores s_r(C) in micro-points (integers, so totals are exact), null when unanswered.
        score_image         integer NULL,
        score_expectations  integer NULL,
        score_quality       integer NULL,
        score_value         integer NULL,
        score_satisfaction  integer NULL,
        score_loyalty       integer NULL,
        nps_category        smallint NULL,
        complained          boolean  NULL,
        exclusion           varchar(40) NULL,
        flags               smallint NOT NULL DEFAULT 0,
        -- The batch names the import (response_batches.import_id); line is the row's place in that import.
        line                integer   NOT NULL,
        batch_id            bigint    NOT NULL,
        PRIMARY KEY (campaign_id, enterprise_id, respondent_key),
        CONSTRAINT survey_responses_nps_check CHECK (nps_category IN (0, 1, 2)),
        CONSTRAINT survey_responses_exclusion_check
          CHECK (exclusion IN ('too-few-satisfaction-items', 'too-many-missing', 'soft-flags'))
      )`);
    // Rows of one batch are written together, so a BRIN range index finds them at almost no write cost.
    await q.query(`CREATE INDEX survey_responses_batch_idx ON survey_responses USING brin (batch_id)`);
    const constructColumns = ['image', 'expectations', 'quality', 'value', 'satisfaction', 'loyalty']
      .map(
        (c) =>
          `${c}_n integer NOT NULL DEFAULT 0, ${c}_sum bigint NOT NULL DEFAULT 0, ${c}_sum_squares numeric(40, 0) NOT NULL DEFAULT 0`,
      )
      .join(',\n        ');
    // Running totals of valid responses per enterprise and completion second (-1: not given). Keyed by the
    // second so that the speeding rule, whose threshold moves with the campaign median, is applied exactly at
    // ranking time by summing the keys at or above it; there are at most enterprises x distinct seconds rows.
    await q.query(`
      CREATE TABLE response_totals (
        campaign_id         uuid        NOT NULL REFERENCES campaigns (id),
        enterprise_id       uuid        NOT NULL REFERENCES enterprises (id),
        completion_seconds  integer     NOT NULL,
        industry_code       varchar(40) NOT NULL REFERENCES industries (code),
        n                   integer     NOT NULL DEFAULT 0,
        ${constructColumns},
        nps_answered        integer NOT NULL DEFAULT 0,
        promoters           integer NOT NULL DEFAULT 0,
        passives            integer NOT NULL DEFAULT 0,
        detractors          integer NOT NULL DEFAULT 0,
        complaint_answered  integer NOT NULL DEFAULT 0,
        complaints          integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, enterprise_id, completion_seconds)
      )`);

    await q.query(`
      CREATE TABLE response_quality_counts (
        campaign_id                       uuid        NOT NULL REFERENCES campaigns (id),
        enterprise_id                     uuid        NOT NULL REFERENCES enterprises (id),
        industry_code                     varchar(40) NOT NULL REFERENCES industries (code),
        stored                            integer NOT NULL DEFAULT 0,
        excluded_too_few_satisfaction     integer NOT NULL DEFAULT 0,
        excluded_too_many_missing         integer NOT NULL DEFAULT 0,
        excluded_soft_flags               integer NOT NULL DEFAULT 0,
        flagged_straight_lining           integer NOT NULL DEFAULT 0,
        flagged_failed_attention          integer NOT NULL DEFAULT 0,
        flagged_contradiction             integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, enterprise_id)
      )`);

    // Duplicates are never stored, so they are counted when they are turned away, per import and enterprise.
    await q.query(`
      CREATE TABLE response_duplicate_counts (
        campaign_id    uuid    NOT NULL REFERENCES campaigns (id),
        enterprise_id  uuid    NOT NULL REFERENCES enterprises (id),
        duplicates     integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, enterprise_id)
      )`);

    // Industries whose totals changed since their last snapshot. Set in the aggregation transaction, cleared in
    // the snapshot transaction, so a snapshot that fails after its batches committed is written on the retry.
    await q.query(`
      CREATE TABLE ranking_dirty_industries (
        campaign_id    uuid        NOT NULL REFERENCES campaigns (id),
        industry_code  varchar(40) NOT NULL REFERENCES industries (code),
        PRIMARY KEY (campaign_id, industry_code)
      )`);

    await q.query(`
      CREATE TABLE ranking_snapshots (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id          uuid         NOT NULL REFERENCES campaigns (id),
        industry_code        varchar(40)  NOT NULL REFERENCES industries (code),
        sequence             integer      NOT NULL,
        source               varchar(20)  NOT NULL,
        methodology_version  varchar(40)  NOT NULL REFERENCES methodology_versions (version),
        parameters           jsonb        NOT NULL,
        instrument           jsonb        NOT NULL,
        rules                jsonb        NOT NULL,
        median_completion_seconds numeric NULL,
        speeding_threshold_seconds numeric NULL,
        counts               jsonb        NOT NULL,
        totals               jsonb        NOT NULL,
        entries              jsonb        NOT NULL,
        winner_set           jsonb        NOT NULL,
        single_winner        jsonb        NULL,
        industry_aggregate   jsonb        NULL,
        created_at           timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT ranking_snapshots_sequence_key UNIQUE (campaign_id, industry_code, sequence),
        CONSTRAINT ranking_snapshots_source_check CHECK (source IN ('incremental', 'full-recompute'))
      )`);
    await q.query(`
      CREATE TRIGGER ranking_snapshots_immutable BEFORE UPDATE OR DELETE ON ranking_snapshots
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'ranking_snapshots',
      'ranking_dirty_industries',
      'response_duplicate_counts',
      'response_quality_counts',
      'response_totals',
      'survey_responses',
      'response_batches',
      'survey_import_rejections',
      'survey_imports',
      'survey_partner_keys',
      'campaign_instruments',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE campaigns DROP CONSTRAINT campaigns_methodology_version_fkey`);
    await q.query(`DROP TABLE methodology_versions`);
    await q.query(`DROP FUNCTION refuse_change()`);
  }
}
