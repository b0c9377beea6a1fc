import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { RankingsService } from '@app/rankings';
import { as, eventually, surveyCampaign, SurveyCampaign } from '../../api/test/support/survey-fixture';
import { organizerToken, startFreshTestApi, TestApi } from '../../api/test/support/test-api';

const ROOT = join(__dirname, '..', '..', '..');
const ROWS = 20_000;
const BATCH_ROWS = 500;

/** A real worker process, run from the sources, that the test can SIGKILL. */
function startWorker(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', join(ROOT, 'libs/testing/src/typescript-register.js'), join(ROOT, 'apps/worker/src/main.ts')],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

function csvOf(c: SurveyCampaign): string {
  const when = new Date(Date.now() - 3600_000).toISOString();
  const lines = [
    'enterpriseId,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2',
  ];
  for (let i = 0; i < ROWS; i++) {
    const e = c.enterprises[i % c.enterprises.length].id;
    const v = (k: number) => 1 + ((i * 7 + k * 3) % 10);
    // Every 50th respondent answers one SAT item only (excluded); durations spread 30..629 s (some speeders).
    const sat = i % 50 === 0 ? `${v(1)},,` : `${v(1)},${v(2)},${v(3)}`;
    lines.push(
      `${e},r-${i},${when},web,${30 + (i % 600)},${v(4)},${v(5)},${v(6)},${v(7)},${v(8)},${v(9)},${v(10)},${sat},${i % 2},${v(11)},${(i * 3) % 11}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('A worker killed mid-aggregation', () => {
  let api: TestApi;
  let c: SurveyCampaign;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    api = await startFreshTestApi({ IMPORT_BATCH_ROWS: String(BATCH_ROWS) });
    const organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'telecom', 'finance'] });
    const res = await api.http
      .post(`/campaigns/${c.id}/imports`)
      .set(as(organizer))
      .set('content-type', 'text/csv')
      .send(csvOf(c))
      .expect(201);
    expect(res.body.counts).toEqual({ received: ROWS, accepted: ROWS, duplicates: 0, rejected: 0 });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await api.close();
  });

  const q = async (sql: string) => Number((await api.dataSource.query(sql, [c.id]))[0].n);
  const aggregatedBatches = () =>
    q(`SELECT count(*) AS n FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NOT NULL`);
  const totals = () =>
    api.dataSource.query(
      `SELECT * FROM response_totals WHERE campaign_id = $1 ORDER BY enterprise_id, completion_seconds`,
      [c.id],
    );

  it('loses nothing and counts nothing twice; restarted workers finish and match a full recompute', async () => {
    const batches = ROWS / BATCH_ROWS;
    const slow = startWorker({
      AGGREGATION_BATCHES_PER_TRANSACTION: '1',
      AGGREGATION_PAUSE_MS: '150',
      WORKER_LOCK_DURATION_MS: '2000',
      AGGREGATION_SWEEP_SECONDS: '1',
    });
    workers.push(slow);
    await eventually(
      async () => ((await aggregatedBatches()) >= 3 ? true : undefined),
      60_000,
      'the first batches',
    );
    slow.kill('SIGKILL');
    await new Promise((r) => slow.once('exit', r));

    const done = await aggregatedBatches();
    expect(done).toBeLessThan(batches);
    // At the moment of the kill, the totals hold exactly the valid responses of the aggregated batches.
    const inAggregated = `FROM survey_responses r JOIN response_batches b ON b.id = r.batch_id
      WHERE r.campaign_id = $1 AND b.aggregated_at IS NOT NULL`;
    expect(await q(`SELECT coalesce(sum(n), 0) AS n FROM response_totals WHERE campaign_id = $1`)).toBe(
      await q(`SELECT count(*) AS n ${inAggregated} AND r.exclusion IS NULL`),
    );
    expect(
      await q(`SELECT coalesce(sum(stored), 0) AS n FROM response_quality_counts WHERE campaign_id = $1`),
    ).toBe(await q(`SELECT count(*) AS n ${inAggregated}`));

    // Two workers take over (the killed one's job once its lock lapses) and never take the same batch.
    for (let i = 0; i < 2; i++) {
      workers.push(
        startWorker({
          AGGREGATION_BATCHES_PER_TRANSACTION: '2',
          WORKER_LOCK_DURATION_MS: '2000',
          AGGREGATION_SWEEP_SECONDS: '1',
        }),
      );
    }
    await eventually(
      async () => {
        const [imp] = await api.dataSource.query(`SELECT state FROM survey_imports WHERE campaign_id = $1`, [
          c.id,
        ]);
        return imp.state === 'aggregated' && (await aggregatedBatches()) === batches ? true : undefined;
      },
      90_000,
      'the rest of the aggregation',
    );
    expect(
      await q(`SELECT coalesce(sum(stored), 0) AS n FROM response_quality_counts WHERE campaign_id = $1`),
    ).toBe(ROWS);

    const snapshots = await api.dataSource.query(
      `SELECT DISTINCT ON (industry_code) industry_code, source, counts FROM ranking_snapshots
       WHERE campaign_id = $1 ORDER BY industry_code, sequence DESC`,
      [c.id],
    );
    expect(snapshots.map((s: { industry_code: string }) => s.industry_code)).toEqual(['finance', 'telecom']);
    expect(
      snapshots.reduce((sum: number, s: { counts: { stored: number } }) => sum + s.counts.stored, 0),
    ).toBe(ROWS);

    const incremental = await totals();
    await api.app.get(RankingsService).recompute(c.id);
    expect(await totals()).toEqual(incremental);
    expect(incremental.reduce((s: number, t: { n: number }) => s + t.n, 0)).toBe(ROWS - ROWS / 50);
  });
});
