import type { ChildProcess } from 'node:child_process';
import { freePort } from '../../../../tools/local-infra';
import {
  aggregated,
  as,
  buildCampaign,
  eventually,
  expectExactlyOnce,
  importCsv,
  kill,
  organizerToken,
  responsesCsv,
  startRedis,
  SurveyCampaign,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startProcess } from '../test-apps';

const ROWS_WHILE_AWAY = 10_000;
const ROWS_DURING_AGGREGATION = 20_000;

describe('Redis restarted during an import and during aggregation', () => {
  let api: TestApi;
  let organizer: string;
  let c: SurveyCampaign;
  let port: number;
  let redis: ChildProcess;
  let worker: ChildProcess;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const env = { REDIS_URL: `redis://127.0.0.1:${port}`, IMPORT_BATCH_ROWS: '500' };
    api = await startFreshTestApi(env);
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'telecom', 'finance'] });
    worker = startProcess('worker', {
      ...env,
      AGGREGATION_SWEEP_SECONDS: '1',
      SWEEP_RESCHEDULE_MS: '500',
      AGGREGATION_BATCHES_PER_TRANSACTION: '1',
      AGGREGATION_PAUSE_MS: '100',
      WORKER_LOCK_DURATION_MS: '2000',
      SCHEDULE_RECONCILE_MS: '500',
    });
    await eventually(
      async () =>
        (await api.http.post('/system/worker-check').set(as(organizer))).status === 200 ? true : undefined,
      60_000,
      'the worker',
    );
  });
  afterAll(async () => {
    await kill(worker);
    await api.close();
    await kill(redis);
  });

  const upload = (rows: number, prefix: string) =>
    importCsv(api, organizer, c.id, responsesCsv(c.enterprises, rows, prefix));

  it('answers 503 with Retry-After for what needs Redis, still stores imports, and recovers by itself', async () => {
    // A transition scheduled before Redis restarts empty: only PostgreSQL still knows it.
    const opensAt = new Date(Date.now() + 15_000);
    const scheduled = (
      await api.http
        .post('/campaigns')
        .set(as(organizer))
        .send(buildCampaign({ schedule: { registrationOpensAt: opensAt.toISOString() } }))
        .expect(201)
    ).body as { id: string };
    await kill(redis);
    const check = await api.http.post('/system/worker-check').set(as(organizer)).expect(503);
    expect(check.headers['retry-after']).toBe('5');
    const schedule = await api.http
      .patch(`/campaigns/${c.id}`)
      .set(as(organizer))
      .send({ schedule: { announcementAt: '2027-12-10T02:00:00.000Z' } })
      .expect(503);
    expect(schedule.headers['retry-after']).toBe('5');
    const campaign = (await api.http.get(`/campaigns/${c.id}`).set(as(organizer)).expect(200)).body;
    expect(campaign.schedule.announcementAt).toBeNull(); // nothing saved

    // An import needs only PostgreSQL: stored now, aggregated once Redis is back (the sweep finds it).
    const stored = await upload(ROWS_WHILE_AWAY, 'away').expect(201);
    expect(stored.body.counts.accepted).toBe(ROWS_WHILE_AWAY);

    redis = await startRedis(port);
    // Neither the API nor the worker is restarted.
    await eventually(
      async () =>
        (await api.http.post('/system/worker-check').set(as(organizer))).status === 200 ? true : undefined,
      60_000,
      'the API and the worker back on Redis',
    );
    await aggregated(api, c.id);
    await expectExactlyOnce(api, c.id, ROWS_WHILE_AWAY);

    // The worker made the lost delayed job again from the schedule: the campaign opens, once, not early.
    await eventually(
      async () => {
        const res = await api.http.get(`/campaigns/${scheduled.id}`).set(as(organizer)).expect(200);
        return res.body.state === 'registration' ? true : undefined;
      },
      60_000,
      'the scheduled opening after Redis restarted empty',
    );
    const moves: { occurred_at: Date }[] = await api.dataSource.query(
      `SELECT occurred_at FROM audit_log
        WHERE action = 'campaign.transitioned' AND entity_id = $1 AND after->>'state' = 'registration'`,
      [scheduled.id],
    );
    expect(moves).toHaveLength(1);
    expect(moves[0].occurred_at.getTime()).toBeGreaterThanOrEqual(opensAt.getTime());
  });

  it('loses nothing when Redis goes away in the middle of an aggregation', async () => {
    await upload(ROWS_DURING_AGGREGATION, 'during').expect(201);
    const aggregatedBatches = async () =>
      Number(
        (
          await api.dataSource.query(
            `SELECT count(*) AS n FROM response_batches b JOIN survey_imports i ON i.id = b.import_id
              WHERE b.campaign_id = $1 AND b.aggregated_at IS NOT NULL AND i.received = $2`,
            [c.id, ROWS_DURING_AGGREGATION],
          )
        )[0].n,
      );
    await eventually(
      async () => ((await aggregatedBatches()) >= 3 ? true : undefined),
      60_000,
      'some batches',
    );
    await kill(redis);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await aggregatedBatches()).toBeLessThan(ROWS_DURING_AGGREGATION / 500);
    redis = await startRedis(port);
    await aggregated(api, c.id, 120_000);
    await expectExactlyOnce(api, c.id, ROWS_WHILE_AWAY + ROWS_DURING_AGGREGATION);
  });
});
