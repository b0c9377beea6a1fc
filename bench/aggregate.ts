/**
 * Aggregation benchmark: from the end of an import to every ranking snapshot of the campaign holding all its
 * rows (the worker running as its own process), for each size in BENCH_ROWS (default 1,000,000 and
 * 2,000,000), at least three runs each, sizes alternating. Each run imports a clean realistic file
 * (survey-file-set.ts) into a campaign of its own with the demo's 600 enterprises in 12 industries, after the
 * import tables were emptied: every run starts from the same state (no stored response, no running total or
 * snapshot of its campaign). The raw baseline: one full SQL GROUP BY over the same stored responses. Seconds
 * per million rows show whether the time grows no faster than the rows. Writes bench/results/aggregate.json.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { emptyImports, othersIdle } from './ingest-database';
import { onboardedCampaign } from './onboarded-campaign';
import { spread, Spread } from './public-site';
import { log, runBenchmark, timed, writeResult } from './support';
import { cleanFile, emptyTally, surveyFile } from './survey-file-set';
import { shuffledLayout, writeSurveyFile } from './survey-files';
import { surveyPopulation } from './survey-rows';

const SIZES = (process.env.BENCH_ROWS ?? '1000000,2000000').split(',').map((s) => Number(s.trim()));
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CHUNK_ROWS = Number(process.env.IMPORT_BATCH_ROWS ?? 10_000);
const SEED = Number(process.env.BENCH_SEED ?? 2027);
/** The targets: 3 s after 1,000,000 rows, 6 s after 2,000,000: no worse than linear. */
const TARGET_SECONDS_PER_MILLION = 3;

interface Measured {
  fresh: number;
  groupBy: number;
  import: number;
}

const round3 = (s: Spread): Spread => ({
  median: Math.round(s.median * 1000) / 1000,
  min: Math.round(s.min * 1000) / 1000,
  max: Math.round(s.max * 1000) / 1000,
});

runBenchmark({ worker: true }, async ({ infra, client, tmp }) => {
  const db = infra.dataSource;
  const measured = new Map<number, Measured[]>(SIZES.map((n) => [n, []]));
  let enterprises = 0;
  for (let run = 1; run <= RUNS; run++) {
    for (const rows of SIZES) {
      await emptyImports(db);
      const campaign = await onboardedCampaign(client, { seed: SEED + run });
      enterprises = campaign.enterprises.length;
      const window = { startMs: campaign.opensAtMs + 3_600_000, endMs: Date.now() - 3_600_000 };
      const pop = surveyPopulation(SEED + run, campaign.enterprises, window, rows, 'A');
      const file = join(tmp, 'aggregate.csv');
      const tally = emptyTally();
      await writeSurveyFile(
        file,
        'csv',
        shuffledLayout(SEED, 'spreadsheet'),
        surveyFile(pop, cleanFile(rows, CHUNK_ROWS), tally),
      );

      const upload = await timed(() =>
        client.upload(`/campaigns/${campaign.campaignId}/imports`, file, 'text/csv'),
      );
      const importedAt = process.hrtime.bigint();
      const counts = upload.result.counts as { accepted: number };
      if (counts.accepted !== rows) throw new Error(`the import accepted ${counts.accepted} of ${rows}`);
      rmSync(file, { force: true });

      const q = async (sql: string) => {
        const r: { n: string }[] = await db.query(sql, [campaign.campaignId]);
        return Number(r[0].n);
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
        if (pending === 0 && dirty === 0 && inSnapshots === rows) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const fresh = Number(process.hrtime.bigint() - importedAt) / 1e9;
      await othersIdle(db);

      const sums = ['image', 'expectations', 'quality', 'value', 'satisfaction', 'loyalty']
        .map((c) => `count(score_${c}), sum(score_${c}), sum(score_${c}::bigint * score_${c})`)
        .join(', ');
      const groupBy = await timed(() =>
        db.query(
          `SELECT enterprise_id, count(*), ${sums}, count(*) FILTER (WHERE nps_category = 2),
               count(*) FILTER (WHERE nps_category = 0), count(*) FILTER (WHERE complained)
             FROM survey_responses WHERE campaign_id = $1 AND exclusion IS NULL GROUP BY enterprise_id`,
          [campaign.campaignId],
        ),
      );
      log(
        `run ${run}, ${rows} rows: imported in ${upload.seconds.toFixed(2)} s, rankings fresh ${fresh.toFixed(2)} s ` +
          `after (${(fresh / (rows / 1e6)).toFixed(2)} s per million); full SQL GROUP BY ${groupBy.seconds.toFixed(2)} s`,
      );
      measured.get(rows)!.push({ fresh, groupBy: groupBy.seconds, import: upload.seconds });
    }
  }
  await emptyImports(db);

  const sizes = SIZES.map((rows) => {
    const m = measured.get(rows)!;
    const secondsToFreshRankings = round3(spread(m.map((x) => x.fresh)));
    const targetSeconds = (TARGET_SECONDS_PER_MILLION * rows) / 1e6;
    return {
      rows,
      runs: m.length,
      secondsToFreshRankings,
      secondsPerMillion: round3(spread(m.map((x) => x.fresh / (rows / 1e6)))),
      baselineGroupBySeconds: round3(spread(m.map((x) => x.groupBy))),
      importSeconds: round3(spread(m.map((x) => x.import))),
      targetSeconds,
      met: secondsToFreshRankings.median <= targetSeconds,
    };
  });
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]];
  writeResult('aggregate', {
    sizes,
    enterprises,
    startingState: 'a fresh campaign per run, the import tables truncated before it',
    // Above 1 when the time per million rows grows with the rows: worse than linear.
    linearity:
      Math.round((largest.secondsPerMillion.median / smallest.secondsPerMillion.median) * 1000) / 1000,
    targets: { secondsPerMillion: TARGET_SECONDS_PER_MILLION },
    met: sizes.every((s) => s.met),
  });
});
