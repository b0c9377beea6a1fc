import type { INestApplicationContext } from '@nestjs/common';
import {
  aggregated,
  as,
  eventually,
  expectExactlyOnce,
  importCsv,
  organizerToken,
  responsesCsv,
  SurveyCampaign,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startTestWorker } from '../test-apps';

const ROWS = 60_000;

describe('PostgreSQL connections killed during an import', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let c: SurveyCampaign;

  beforeAll(async () => {
    api = await startFreshTestApi({ IMPORT_BATCH_ROWS: '2000' });
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'telecom', 'finance'] });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('fails that import as a whole, and a resend stores and counts every row exactly once', async () => {
    const csv = responsesCsv(c.enterprises, ROWS);
    const upload = importCsv(api, organizer, c.id, csv).then((res) => res);
    // Cut the connection that is copying the import's rows, as a failover or an administrator would.
    const killed = await eventually(
      async () => {
        const rows: { killed: boolean }[] = await api.dataSource.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'COPY survey_responses%'`,
        );
        return rows.length > 0 ? rows.length : undefined;
      },
      20_000,
      'a COPY in progress',
    );
    expect(killed).toBeGreaterThanOrEqual(1);
    const res = await upload;
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.status).not.toBe(500); // a dependency failure, not a bug: 503 with Retry-After
    expect(res.headers['retry-after']).toBeDefined();
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace

    // Nothing of it is visible: no response stored, the import marked failed.
    expect(
      Number(
        (
          await api.dataSource.query(`SELECT count(*) AS n FROM survey_responses WHERE campaign_id = $1`, [
            c.id,
          ])
        )[0].n,
      ),
    ).toBe(0);
    const imports = (await api.http.get(`/campaigns/${c.id}/imports`).set(as(organizer)).expect(200)).body;
    expect(imports.items.map((i: { state: string }) => i.state)).toEqual(['failed']);

    // The client sends the file again: stored once, aggregated once.
    const again = await importCsv(api, organizer, c.id, csv).expect(201);
    expect(again.body.counts).toEqual({ received: ROWS, accepted: ROWS, duplicates: 0, rejected: 0 });
    worker = await startTestWorker();
    await aggregated(api, c.id);
    await expectExactlyOnce(api, c.id, ROWS);
  });
});
