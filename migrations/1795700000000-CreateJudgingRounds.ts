import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expert-panel judging: judges' profiles and conflicts, rounds of a campaign category, their entrants, the
 * panel and its assignments, score sheets with every submitted revision kept, reminders, and the frozen
 * outcome of each finalised round.
 *
 * Nothing that judged a candidate is ever deleted: entrants are removed by marking them (with a reason),
 * assignments end (replaced or withdrawn) rather than disappear, submitted revisions and round outcomes are
 * refused any change by a trigger.
 */
export class CreateJudgingRounds1795700000000 implements MigrationInterface {
  name = 'CreateJudgingRounds1795700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE judge_profiles (
        user_id              uuid PRIMARY KEY REFERENCES users (id),
        expertise_industries varchar(40)[] NOT NULL DEFAULT '{}',
        -- [{organisation, creditCode, relation: employer|client, fromYear, toYear|null}]
        affiliations         jsonb         NOT NULL DEFAULT '[]',
        title                varchar(300)  NULL,
        updated_by           uuid          NULL REFERENCES users (id),
        created_at           timestamptz   NOT NULL DEFAULT now(),
        updated_at           timestamptz   NOT NULL DEFAULT now()
      )`);

    // Declared by the judge or recorded by an organizer. Conflicts found in affiliation histories are
    // computed whenever they matter, so a profile edit takes effect at once.
    await q.query(`
      CREATE TABLE judge_conflicts (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        judge_id       uuid          NOT NULL REFERENCES users (id),
        enterprise_id  uuid          NOT NULL REFERENCES enterprises (id),
        source         varchar(16)   NOT NULL,
        reason         varchar(2000) NOT NULL,
        recorded_by    uuid          NULL REFERENCES users (id),
        created_at     timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT judge_conflicts_source_check CHECK (source IN ('declared', 'recorded')),
        CONSTRAINT judge_conflicts_once UNIQUE (judge_id, enterprise_id, source)
      )`);
    await q.query(`CREATE INDEX judge_conflicts_enterprise_idx ON judge_conflicts (enterprise_id)`);

    await q.query(`
      CREATE TABLE judging_rounds (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id             uuid          NOT NULL REFERENCES campaigns (id),
        category_id             uuid          NOT NULL REFERENCES award_categories (id),
        position                integer       NOT NULL CHECK (position >= 1),
        name                    varchar(300)  NOT NULL,
        stage_type              varchar(40)   NOT NULL,
        rubric_id               uuid          NOT NULL,
        rubric_version          integer       NOT NULL,
        opens_at                timestamptz   NULL,
        closes_at               timestamptz   NULL,
        judges_per_entrant      integer       NOT NULL CHECK (judges_per_entrant BETWEEN 1 AND 50),
        aggregation_method      varchar(20)   NOT NULL,
        disagreement_threshold  numeric       NOT NULL CHECK (disagreement_threshold >= 0),
        advancement_rule        jsonb         NULL,
        tie_break               jsonb         NOT NULL,
        self_assessment_weight  integer       NOT NULL DEFAULT 0 CHECK (self_assessment_weight BETWEEN 0 AND 100),
        only_survey_eligible    boolean       NOT NULL DEFAULT false,
        visibility              jsonb         NOT NULL,
        reminder_hours_before_close integer   NOT NULL DEFAULT 48 CHECK (reminder_hours_before_close BETWEEN 0 AND 720),
        chair_order             jsonb         NULL,
        state                   varchar(16)   NOT NULL DEFAULT 'draft',
        state_changed_at        timestamptz   NOT NULL DEFAULT now(),
        forced_close_reason     varchar(2000) NULL,
        created_by              uuid          NULL REFERENCES users (id),
        created_at              timestamptz   NOT NULL DEFAULT now(),
        updated_at              timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT judging_rounds_rubric_fkey FOREIGN KEY (rubric_id, rubric_version)
          REFERENCES rubric_versions (rubric_id, version),
        CONSTRAINT judging_rounds_position_key UNIQUE (category_id, position),
        CONSTRAINT judging_rounds_state_check CHECK (state IN ('draft', 'open', 'closed', 'finalised')),
        CONSTRAINT judging_rounds_method_check CHECK (aggregation_method IN ('mean', 'trimmed-mean', 'median', 'z-score')),
        CONSTRAINT judging_rounds_window_check CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
      )`);
    await q.query(
      `CREATE INDEX judging_rounds_campaign_idx ON judging_rounds (campaign_id, category_id, position)`,
    );

    await q.query(`
      CREATE TABLE round_entrants (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id        uuid          NOT NULL REFERENCES judging_rounds (id),
        candidacy_id    uuid          NOT NULL REFERENCES candidacies (id),
        enterprise_id   uuid          NOT NULL REFERENCES enterprises (id),
        industry_code   varchar(40)   NOT NULL REFERENCES industries (code),
        source          varchar(16)   NOT NULL,
        reason          varchar(2000) NULL,
        added_by        uuid          NULL REFERENCES users (id),
        removed_at      timestamptz   NULL,
        removed_by      uuid          NULL REFERENCES users (id),
        removed_reason  varchar(2000) NULL,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT round_entrants_once UNIQUE (round_id, candidacy_id),
        CONSTRAINT round_entrants_source_check CHECK (source IN ('candidacy', 'advanced', 'added')),
        CONSTRAINT round_entrants_added_reason_check CHECK (source <> 'added' OR reason IS NOT NULL),
        CONSTRAINT round_entrants_removed_reason_check CHECK (removed_at IS NULL OR removed_reason IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE round_judges (
        round_id   uuid        NOT NULL REFERENCES judging_rounds (id),
        judge_id   uuid        NOT NULL REFERENCES users (id),
        is_chair   boolean     NOT NULL DEFAULT false,
        added_by   uuid        NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, judge_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX round_judges_one_chair ON round_judges (round_id) WHERE is_chair`);

    await q.query(`
      CREATE TABLE judge_assignments (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id      uuid          NOT NULL REFERENCES judging_rounds (id),
        entrant_id    uuid          NOT NULL REFERENCES round_entrants (id),
        judge_id      uuid          NOT NULL REFERENCES users (id),
        method        varchar(16)   NOT NULL,
        seed          integer       NULL,
        state         varchar(16)   NOT NULL DEFAULT 'active',
        ended_reason  varchar(2000) NULL,
        ended_by      uuid          NULL REFERENCES users (id),
        ended_at      timestamptz   NULL,
        replaced_by   uuid          NULL REFERENCES judge_assignments (id),
        assigned_by   uuid          NULL REFERENCES users (id),
        created_at    timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT judge_assignments_method_check CHECK (method IN ('manual', 'automatic')),
        CONSTRAINT judge_assignments_state_check CHECK (state IN ('active', 'replaced', 'withdrawn')),
        CONSTRAINT judge_assignments_ended_check CHECK (state = 'active' OR ended_reason IS NOT NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX judge_assignments_active_once ON judge_assignments (entrant_id, judge_id) WHERE state = 'active'`);
    await q.query(`CREATE INDEX judge_assignments_round_idx ON judge_assignments (round_id, state)`);
    await q.query(`CREATE INDEX judge_assignments_judge_idx ON judge_assignments (judge_id, state)`);

    // One sheet per assignment (a judge) or per entrant of a self-assessment round (the enterprise itself).
    await q.query(`
      CREATE TABLE score_sheets (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id       uuid         NOT NULL REFERENCES judging_rounds (id),
        entrant_id     uuid         NOT NULL REFERENCES round_entrants (id),
        assignment_id  uuid         NULL REFERENCES judge_assignments (id),
        judge_id       uuid         NULL REFERENCES users (id),
        values         jsonb        NOT NULL DEFAULT '{}',
        comments       jsonb        NOT NULL DEFAULT '{}',
        state          varchar(16)  NOT NULL DEFAULT 'draft',
        revision       integer      NOT NULL DEFAULT 0,
        submitted_at   timestamptz  NULL,
        -- The latest reopening's reason; every reopening is in the audit log.
        reopen_reason  varchar(2000) NULL,
        updated_by     uuid         NULL REFERENCES users (id),
        created_at     timestamptz  NOT NULL DEFAULT now(),
        updated_at     timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT score_sheets_state_check CHECK (state IN ('draft', 'submitted')),
        CONSTRAINT score_sheets_assignment_key UNIQUE (assignment_id),
        CONSTRAINT score_sheets_author_check CHECK ((assignment_id IS NULL) = (judge_id IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX score_sheets_self_assessment_once ON score_sheets (entrant_id) WHERE assignment_id IS NULL`);
    await q.query(`CREATE INDEX score_sheets_round_idx ON score_sheets (round_id, state)`);

    // Every submission as it was: reopening a sheet never loses what had been submitted.
    await q.query(`
      CREATE TABLE score_sheet_revisions (
        sheet_id      uuid         NOT NULL REFERENCES score_sheets (id),
        revision      integer      NOT NULL,
        values        jsonb        NOT NULL,
        comments      jsonb        NOT NULL,
        total         numeric      NOT NULL,
        submitted_by  uuid         NULL REFERENCES users (id),
        submitted_at  timestamptz  NOT NULL DEFAULT now(),
        PRIMARY KEY (sheet_id, revision)
      )`);
    await q.query(`
      CREATE TRIGGER score_sheet_revisions_immutable BEFORE UPDATE OR DELETE ON score_sheet_revisions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    await q.query(`
      CREATE TABLE notifications (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id  uuid          NOT NULL REFERENCES users (id),
        kind          varchar(40)   NOT NULL,
        subject       varchar(300)  NOT NULL,
        body          text          NOT NULL,
        round_id      uuid          NULL REFERENCES judging_rounds (id),
        -- Same key, same notification: a retried reminder job does not remind twice.
        dedupe_key    varchar(200)  NOT NULL,
        channel       varchar(16)   NOT NULL DEFAULT 'log',
        created_at    timestamptz   NOT NULL DEFAULT now(),
        delivered_at  timestamptz   NULL,
        CONSTRAINT notifications_dedupe_key UNIQUE (dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at)`);

    await q.query(`
      CREATE TABLE round_outcomes (
        round_id      uuid PRIMARY KEY REFERENCES judging_rounds (id),
        results       jsonb        NOT NULL,
        checksum      char(64)     NOT NULL,
        finalised_by  uuid         NULL REFERENCES users (id),
        finalised_at  timestamptz  NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TRIGGER round_outcomes_immutable BEFORE UPDATE OR DELETE ON round_outcomes
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'round_outcomes',
      'notifications',
      'score_sheet_revisions',
      'score_sheets',
      'judge_assignments',
      'round_judges',
      'round_entrants',
      'judging_rounds',
      'judge_conflicts',
      'judge_profiles',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
