import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizers author rubrics: who created a rubric or a version, and why a version was made. Versions were
 * already never edited by the code; the trigger makes that a property of the database, so a round's rubric
 * version means the same thing forever.
 */
export class RubricAuthoring1795600000000 implements MigrationInterface {
  name = 'RubricAuthoring1795600000000';

  public async up(q: QueryRunner): Promise<void> {
    // No foreign keys to users: rubrics outlive accounts (the audit log names who created one).
    await q.query(`ALTER TABLE rubrics ADD COLUMN created_by uuid NULL`);
    await q.query(`
      ALTER TABLE rubrics ADD CONSTRAINT rubrics_key_check CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,79}$')`);
    await q.query(`ALTER TABLE rubric_versions ADD COLUMN note text NULL, ADD COLUMN created_by uuid NULL`);
    await q.query(`
      CREATE TRIGGER rubric_versions_immutable BEFORE UPDATE OR DELETE ON rubric_versions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER rubric_versions_immutable ON rubric_versions`);
    await q.query(`ALTER TABLE rubric_versions DROP COLUMN created_by, DROP COLUMN note`);
    await q.query(`ALTER TABLE rubrics DROP CONSTRAINT rubrics_key_check, DROP COLUMN created_by`);
  }
}
