import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `enterprises.profile_revision`: a counter that every update of an enterprise row moves. An organizer's first
 * verification names the revision it read, so a profile edited between the read and the review is not verified
 * unseen. A trigger (not the application) bumps it, so no code path, present or future, can change the row
 * without moving it. Counters start at 1 for existing rows.
 */
export class ProfileRevisions1796600000000 implements MigrationInterface {
  name = 'ProfileRevisions1796600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enterprises ADD COLUMN profile_revision integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE FUNCTION enterprises_bump_profile_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.profile_revision := OLD.profile_revision + 1;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER enterprises_profile_revision BEFORE UPDATE ON enterprises
      FOR EACH ROW EXECUTE FUNCTION enterprises_bump_profile_revision()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER enterprises_profile_revision ON enterprises`);
    await q.query(`DROP FUNCTION enterprises_bump_profile_revision()`);
    await q.query(`ALTER TABLE enterprises DROP COLUMN profile_revision`);
  }
}
