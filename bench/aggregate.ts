/**
 * Aggregation benchmark: from the end of a BENCH_ROWS (default 1,000,000) CSV import to every ranking
 * snapshot of the campaign being up to date (the worker running as its own process), against the raw
 * baseline: one full SQL GROUP BY over the same stored responses. Writes bench/results/aggregate.json.
 */
import { join } from 'node:path';
import { log, runBenchmark, surveyFixture, timed, writeCsv, writeResult } from './support';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

runBenchmark({ worker: true }, async ({ infra, client, tmp }) => {
  const fixture = await surveyFixture(client, infra.dataSource, ['telecom', 'finance'], 10);
  const file = await writeCsv(join(tmp, 'aggregate.csv'), fixture, ROWS, 'agg');
  const upload = await timed(() =>
    client.upload(`/campaigns/${fixture.campaignId}/imports`, file, 'text/csv'),
  );
  const importedAt = process.hrtime.bigint();
  log(`${ROWS} rows imported in ${upload.seconds.toFixed(2)} s`);

  const q = async (sql: string) => {
    const rows: { n: string }[] = await infra.dataSource.query(sql, [fixture.campaignId]);
    return Number(rows[0].n);
  };
  for (;;) {
    const pending = await q(
      `SELECT count(*) AS n FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NULL`,
    );
    const dirty = await q(`SELECT count(*) AS n FROM ranking_dirty_industries WHERE campaign_id = $1`);
    const inSnapshots = await q(
      `SELECT coalesce(sum((counts->>'stored')::int), 0) AS n FROM (
           SELECT DISTINCT ON (industry_code) counts FROM ranking_snapshots WHERE campaign_id = $1
           ORDER BY industry_code, sequence DESC) latest`,
    );
    if (pending === 0 && dirty === 0 && inSnapshots === ROWS) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const secondsToFreshRankings = Number(process.hrtime.bigint() - importedAt) / 1e9;
  log(`rankings fresh ${secondsToFreshRankings.toFixed(2)} s after the import`);

  const sums = ['image', 'expectations', 'quality', 'value', 'satisfaction', 'loyalty']
    .map((c) => `count(score_${c}), sum(score_${c}), sum(score_${c}::bigint * score_${c})`)
    .join(', ');
  const baseline = await timed(() =>
    infra.dataSource.query(
      `SELECT enterprise_id, count(*), ${sums}, count(*) FILTER (WHERE nps_category = 2),
           count(*) FILTER (WHERE nps_category = 0), count(*) FILTER (WHERE complained)
         FROM survey_responses WHERE campaign_id = $1 AND exclusion IS NULL GROUP BY enterprise_id`,
      [fixture.campaignId],
    ),
  );
  log(`full SQL GROUP BY: ${baseline.seconds.toFixed(2)} s`);
  writeResult('aggregate', {
    rows: ROWS,
    secondsToFreshRankings: Math.round(secondsToFreshRankings * 1000) / 1000,
    baselineGroupBySeconds: Math.round(baseline.seconds * 1000) / 1000,
    importSeconds: Math.round(upload.seconds * 1000) / 1000,
    targets: { secondsToFreshRankings: 3 },
  });
});
