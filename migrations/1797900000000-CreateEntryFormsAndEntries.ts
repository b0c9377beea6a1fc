import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entry forms and the answers candidacies give to them (the entries lib).
 *
 * A form is a series of immutable versions, like a rubric. A category is bound to a form while its campaign
 * is a draft; from registration on the category answers to the version in force when registration opened,
 * which entries records in `frozen_version` the first time it resolves it, from the campaign's new
 * `registration_opened_at`. An entry is one candidacy's answers (one jsonb object by field key); every
 * change of a field keeps its old and new value in `entry_revisions`, which is append-only.
 */
export class CreateEntryFormsAndEntries1797900000000 implements MigrationInterface {
  name = 'CreateEntryFormsAndEntries1797900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN registration_opened_at timestamptz NULL`);
    // Campaigns already past draft: the audit log's move to registration when it has one, else the last move
    // of a campaign still in registration, else the window's opening (moved to "now" by any early move).
    await q.query(`
      UPDATE campaigns c SET registration_opened_at = COALESCE(
        (SELECT min(a.occurred_at) FROM audit_log a
          WHERE a.entity_type = 'campaign' AND a.entity_id = c.id::text
            AND a.action = 'campaign.transitioned' AND a.after ->> 'state' = 'registration'),
        CASE WHEN c.state = 'registration' THEN c.state_changed_at END,
        c.registration_opens_at,
        c.state_changed_at)
      WHERE c.state <> 'draft'`);

    // No foreign keys to users on forms: forms outlive accounts, as rubrics do (the audit log names authors).
    await q.query(`
      CREATE TABLE entry_forms (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key         varchar(80)  NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
        name        varchar(300) NOT NULL,
        name_zh     varchar(300) NOT NULL,
        created_by  uuid         NULL,
        created_at  timestamptz  NOT NULL DEFAULT now()
      )`);
    // clock_timestamp(), not now(): a version is compared with the moment registration opened, and now() is
    // when its transaction began, which may be long before the version was written.
    await q.query(`
      CREATE TABLE entry_form_versions (
        form_id     uuid        NOT NULL REFERENCES entry_forms (id),
        version     integer     NOT NULL CHECK (version > 0),
        definition  jsonb       NOT NULL,
        checksum    char(64)    NOT NULL,
        note        text        NULL,
        created_by  uuid        NULL,
        created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (form_id, version)
      )`);
    await q.query(`
      CREATE TRIGGER entry_form_versions_immutable BEFORE UPDATE OR DELETE ON entry_form_versions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // Replacing a draft campaign's categories deletes them: their bindings go with them.
    await q.query(`
      CREATE TABLE category_entry_forms (
        category_id     uuid        PRIMARY KEY REFERENCES award_categories (id) ON DELETE CASCADE,
        form_id         uuid        NOT NULL REFERENCES entry_forms (id),
        frozen_version  integer     NULL,
        bound_by        uuid        NULL,
        bound_at        timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (form_id, frozen_version) REFERENCES entry_form_versions (form_id, version)
      )`);
    await q.query(`CREATE INDEX category_entry_forms_form_idx ON category_entry_forms (form_id)`);

    await q.query(`
      CREATE TABLE entries (
        candidacy_id  uuid        PRIMARY KEY REFERENCES candidacies (id),
        category_id   uuid        NOT NULL REFERENCES award_categories (id),
        form_id       uuid        NOT NULL,
        form_version  integer     NOT NULL,
        answers       jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(answers) = 'object'),
        state         varchar(16) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
        submitted_at  timestamptz NULL,
        submitted_by  uuid        NULL REFERENCES users (id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by    uuid        NULL REFERENCES users (id),
        revision      integer     NOT NULL DEFAULT 0 CHECK (revision >= 0),
        FOREIGN KEY (form_id, form_version) REFERENCES entry_form_versions (form_id, version),
        CONSTRAINT entries_submitted_check CHECK (state <> 'submitted' OR submitted_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX entries_category_idx ON entries (category_id)`);

    await q.query(`
      CREATE TABLE entry_revisions (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        candidacy_id  uuid        NOT NULL REFERENCES entries (candidacy_id),
        revision      integer     NOT NULL,
        field_key     varchar(63) NOT NULL,
        before        jsonb       NULL,
        after         jsonb       NULL,
        changed_by    uuid        NULL REFERENCES users (id),
        changed_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX entry_revisions_candidacy_idx ON entry_revisions (candidacy_id, id)`);
    await q.query(`
      CREATE TRIGGER entry_revisions_immutable BEFORE UPDATE OR DELETE ON entry_revisions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE entry_revisions`);
    await q.query(`DROP TABLE entries`);
    await q.query(`DROP TABLE category_entry_forms`);
    await q.query(`DROP TABLE entry_form_versions`);
    await q.query(`DROP TABLE entry_forms`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN registration_opened_at`);
  }
}
