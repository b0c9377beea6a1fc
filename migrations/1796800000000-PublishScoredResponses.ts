import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `scored_responses`: the read model surveys publishes for aggregation, which sums millions of stored
 * responses per claimed batch in one statement and cannot take them through a service read. One row per
 * stored response with what the running totals need (batch, enterprise, industry, completion time, exclusion,
 * soft-flag bits, the scores per construct in micro-points, NPS category 0-2, complaint). Surveys keeps these
 * columns stable whatever becomes of survey_responses. A plain projection, so the planner reads the table
 * through it exactly as before (the batch index included).
 */
export class PublishScoredResponses1796800000000 implements MigrationInterface {
  name = 'PublishScoredResponses1796800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW scored_responses AS
      SELECT campaign_id, batch_id, enterprise_id, industry_code, completion_seconds, exclusion, flags,
        score_image, score_expectations, score_quality, score_value, score_satisfaction, score_loyalty,
        nps_category, complained
      FROM survey_responses`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW scored_responses`);
  }
}
