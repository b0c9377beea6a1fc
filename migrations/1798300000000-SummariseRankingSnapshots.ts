import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ranking_snapshots.ranked` and `winner_summary`: what the organizer's rankings overview shows of a snapshot
 * beyond its counts (how many enterprises are ranked, and the winner set named, in its order, with each
 * member's legal name and published CSI). The overview read every latest snapshot's `entries` to work these out
 * (about 1.3 MB of JSON for 600 enterprises, to answer 15 KB); the writer now stores them beside the entries.
 *
 * Existing snapshots are backfilled from their own `entries` and `winner_set` with the rules the overview
 * applied: an entry counts as ranked unless its rank is null; a winner is named from the first entry with its
 * id, '' and a null CSI when there is none. Snapshots are immutable, so the trigger that refuses updates is
 * off for the backfill only: it adds what the stored content already says and changes none of it, under the
 * table's exclusive lock the ALTER TABLE holds until the migration's transaction commits.
 */
export class SummariseRankingSnapshots1798300000000 implements MigrationInterface {
  name = 'SummariseRankingSnapshots1798300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ranking_snapshots ADD COLUMN ranked integer, ADD COLUMN winner_summary jsonb`);
    await q.query(`ALTER TABLE ranking_snapshots DISABLE TRIGGER ranking_snapshots_immutable`);
    await q.query(`
      UPDATE ranking_snapshots s SET
        ranked = (
          SELECT count(*) FROM jsonb_array_elements(s.entries) e (entry)
          WHERE e.entry -> 'rank' IS DISTINCT FROM 'null'::jsonb),
        winner_summary = (
          SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'enterpriseId', w.id,
                   'legalName', coalesce(nullif(found.entry -> 'legalName', 'null'::jsonb), '""'::jsonb),
                   'publishedCsi', coalesce(found.entry -> 'publishedCsi', 'null'::jsonb)
                 ) ORDER BY w.position), '[]'::jsonb)
          FROM jsonb_array_elements_text(s.winner_set) WITH ORDINALITY w (id, position)
          LEFT JOIN LATERAL (
            SELECT e.entry FROM jsonb_array_elements(s.entries) WITH ORDINALITY e (entry, position)
            WHERE e.entry ->> 'enterpriseId' = w.id ORDER BY e.position LIMIT 1
          ) found ON true)`);
    await q.query(`ALTER TABLE ranking_snapshots ENABLE TRIGGER ranking_snapshots_immutable`);
    await q.query(
      `ALTER TABLE ranking_snapshots ALTER COLUMN ranked SET NOT NULL, ALTER COLUMN winner_summary SET NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ranking_snapshots DROP COLUMN winner_summary, DROP COLUMN ranked`);
  }
}
