import type { INestApplicationContext } from '@nestjs/common';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import {
  aggregated,
  as,
  CSV_HEADER,
  eventually,
  expectExactlyOnce,
  importCsv,
  kill,
  organizerToken,
  responsesCsv,
  SurveyCampaign,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startApiProcess, startFreshTestApi, startTestWorker } from '../test-apps';

const ROWS = 30_000;

describe('The API process killed in the middle of an upload', () => {
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let organizer: string;
  let c: SurveyCampaign;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    api = await startFreshTestApi({ IMPORT_BATCH_ROWS: '1000' });
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
  });
  afterAll(async () => {
    if (child) await kill(child);
    await worker?.close();
    await api.close();
  });

  it('leaves no partial import visible, and the resent file is stored and counted once', async () => {
    let port: number;
    ({ child, port } = await startApiProcess({ IMPORT_BATCH_ROWS: '1000' }));
    const csv = responsesCsv(c.enterprises, ROWS);
    const body = csv.slice(CSV_HEADER.length + 1).split('\n');

    // A partner streams the file slowly, in chunks, with no Content-Length.
    const failed = new Promise<string>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/campaigns/${c.id}/imports`,
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${organizer}` },
        },
        (res) => resolve(`answered ${res.statusCode}`),
      );
      req.on('error', (e) => resolve(e.message));
      req.write(`${CSV_HEADER}\n`);
      let i = 0;
      const next = () => {
        if (i >= body.length) return req.end();
        req.write(`${body.slice(i, i + 1000).join('\n')}\n`);
        i += 1000;
        setTimeout(next, 60);
      };
      next();
    });
    // Kill the API once part of the file has been read and written (several batches of 1,000 in the transaction).
    await eventually(
      async () => {
        const [i] = await api.dataSource.query(`SELECT received FROM survey_imports WHERE campaign_id = $1`, [
          c.id,
        ]);
        return i && i.received >= 5000 ? true : undefined;
      },
      30_000,
      'part of the upload',
    );
    await kill(child);
    expect(await failed).not.toMatch(/^answered 2/);

    // Nothing of the import is visible: not a row stored, nothing in the data quality, the import not stored.
    const count = async (sql: string) => Number((await api.dataSource.query(sql, [c.id]))[0].n);
    expect(await count(`SELECT count(*) AS n FROM survey_responses WHERE campaign_id = $1`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM response_batches WHERE campaign_id = $1`)).toBe(0);
    const imports = (await api.http.get(`/campaigns/${c.id}/imports`).set(as(organizer)).expect(200)).body;
    expect(imports.items.map((i: { state: string }) => i.state)).toEqual(['receiving']);
    const quality = (await api.http.get(`/campaigns/${c.id}/data-quality`).set(as(organizer)).expect(200))
      .body;
    expect(quality.ingestion).toMatchObject({ imports: 0, accepted: 0 });

    // The partner sends it again, to a live API: stored once, aggregated once.
    const again = await importCsv(api, organizer, c.id, csv).expect(201);
    expect(again.body.counts).toEqual({ received: ROWS, accepted: ROWS, duplicates: 0, rejected: 0 });
    worker = await startTestWorker();
    await aggregated(api, c.id);
    await expectExactlyOnce(api, c.id, ROWS);
  });
});
