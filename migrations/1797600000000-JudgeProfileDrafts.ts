import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `judge_profile_drafts`: the profile an organizer imported for a judge who has no account yet. A judge is
 * invited by email and only gets a user (and so a `judge_profiles` row, keyed by user id) when they accept;
 * until then the expertise and affiliations from the file wait here, keyed by the invited address. A judge
 * account whose address has a draft and no profile of its own reads the draft as its profile, so an accepted
 * invitation lands with the profile the organizer imported, without the identity lib knowing about judging.
 * The first profile saved for the account takes over; re-importing the address replaces the draft.
 */
export class JudgeProfileDrafts1797600000000 implements MigrationInterface {
  name = 'JudgeProfileDrafts1797600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE judge_profile_drafts (
        email                varchar(254)  PRIMARY KEY CHECK (email = lower(email)),
        display_name         varchar(200)  NOT NULL,
        title                varchar(300)  NULL,
        expertise_industries varchar(40)[] NOT NULL DEFAULT '{}',
        -- [{organisation, creditCode, relation: employer|client, fromYear, toYear|null}], as judge_profiles
        affiliations         jsonb         NOT NULL DEFAULT '[]',
        language             varchar(2)    NULL CHECK (language IN ('zh', 'en')),
        imported_by          uuid          NOT NULL REFERENCES users (id),
        created_at           timestamptz   NOT NULL DEFAULT now(),
        updated_at           timestamptz   NOT NULL DEFAULT now()
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE judge_profile_drafts`);
  }
}
