import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A conflict declared against a sheet that was already submitted no longer withdraws it: the assignment stays
 * active (its sheet keeps counting) and is flagged to organizers until one decides. Withdrawing ends the
 * assignment as before (`withdrawn`, with the reason); keeping it is recorded here, with its reason, who decided
 * and when, so the flag is cleared and the decision stays on the assignment.
 */
export class KeepConflictedSheetsUntilDecided1796200000000 implements MigrationInterface {
  name = 'KeepConflictedSheetsUntilDecided1796200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE judge_assignments
        ADD COLUMN conflict_kept_reason varchar(2000) NULL,
        ADD COLUMN conflict_kept_by     uuid          NULL REFERENCES users (id),
        ADD COLUMN conflict_kept_at     timestamptz   NULL,
        ADD CONSTRAINT judge_assignments_conflict_kept_check
          CHECK ((conflict_kept_at IS NULL) = (conflict_kept_reason IS NULL))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE judge_assignments
        DROP CONSTRAINT judge_assignments_conflict_kept_check,
        DROP COLUMN conflict_kept_at,
        DROP COLUMN conflict_kept_by,
        DROP COLUMN conflict_kept_reason`);
  }
}
