import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `response_totals_windows`: per campaign, the completion seconds its running totals keep one row each for
 * (rankings' totals-window.ts). The totals were kept per enterprise and completion second, so a large import
 * wrote about as many totals rows as responses; now the seconds outside a window around the speeding
 * threshold are folded into one row per enterprise on either side, which the threshold cannot separate.
 *
 * A campaign without a row (every existing one) keeps one row per second, which holds for any threshold; its
 * next aggregation draws a window and rebuilds its totals from the stored responses.
 */
export class FoldRunningTotalsOutsideAWindow1798400000000 implements MigrationInterface {
  name = 'FoldRunningTotalsOutsideAWindow1798400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_totals_windows (
        campaign_id   uuid     NOT NULL PRIMARY KEY REFERENCES campaigns (id),
        -- Both null: no window, every second kept apart.
        first_second  integer  NULL,
        last_second   integer  NULL,
        CONSTRAINT response_totals_windows_bounds_check CHECK (
          (first_second IS NULL AND last_second IS NULL) OR (1 <= first_second AND first_second <= last_second))
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE response_totals_windows`);
  }
}
