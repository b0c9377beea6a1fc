import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speeding threshold is a share of the campaign's median completion time, and METHODOLOGY.md takes that
 * median over every stored response that carries a duration, whatever its flags (so the threshold never
 * depends on the exclusions it decides). response_totals only holds valid responses, so the median was taken
 * over those; this histogram counts every aggregated response per completion second instead, maintained by
 * the same statement that adds a batch to the totals.
 *
 * Existing campaigns are backfilled from their aggregated batches. Their snapshots keep the threshold they
 * were built with until the next aggregation, which rebuilds every industry whose threshold moved, or a full
 * recompute.
 */
export class CountCompletionTimesOfStoredResponses1796300000000 implements MigrationInterface {
  name = 'CountCompletionTimesOfStoredResponses1796300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_completion_counts (
        campaign_id         uuid     NOT NULL REFERENCES campaigns (id),
        completion_seconds  integer  NOT NULL,
        n                   integer  NOT NULL,
        PRIMARY KEY (campaign_id, completion_seconds)
      )`);
    await q.query(`
      INSERT INTO response_completion_counts (campaign_id, completion_seconds, n)
      SELECT r.campaign_id, r.completion_seconds, count(*)
      FROM survey_responses r JOIN response_batches b ON b.id = r.batch_id
      WHERE b.aggregated_at IS NOT NULL AND r.completion_seconds IS NOT NULL
      GROUP BY r.campaign_id, r.completion_seconds`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE response_completion_counts`);
  }
}
