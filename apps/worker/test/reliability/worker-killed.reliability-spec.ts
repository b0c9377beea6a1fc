import type { ChildProcess } from 'node:child_process';
import {
  eventually,
  expectExactlyOnce,
  importCsv,
  organizerToken,
  responsesCsv,
  SurveyCampaign,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startProcess } from '../test-apps';

const ROWS = 20_000;
const BATCH_ROWS = 500;
const startWorker = (env: Record<string, string>) => startProcess('worker', env);

describe('A worker killed mid-aggregation', () => {
  let api: TestApi;
  let c: SurveyCampaign;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    api = await startFreshTestApi({ IMPORT_BATCH_ROWS: String(BATCH_ROWS) });
    const organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'telecom', 'finance'] });
    const res = await importCsv(api, organizer, c.id, responsesCsv(c.enterprises, ROWS)).expect(201);
    expect(res.body.counts).toEqual({ received: ROWS, accepted: ROWS, duplicates: 0, rejected: 0 });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await api.close();
  });

  const q = async (sql: string) => Number((await api.dataSource.query(sql, [c.id]))[0].n);
  const aggregatedBatches = () =>
    q(`SELECT count(*) AS n FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NOT NULL`);

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

    await expectExactlyOnce(api, c.id, ROWS);
    expect(await q(`SELECT coalesce(sum(n), 0) AS n FROM response_totals WHERE campaign_id = $1`)).toBe(
      ROWS - ROWS / 50,
    );
  });
});
