import { Client } from 'pg';
import { withTimeout } from '@app/common';
import {
  eventually,
  importCsv,
  organizerToken,
  responsesCsv,
  surveyCampaign,
  SurveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from '../test-apps';

/** Long enough for each import to save its progress on the way (every 1,000 rows, at most every 500 ms). */
const ROWS = 60_000;

/**
 * More imports at once than the API has pooled connections: each holds one for its transaction (those into a
 * campaign already importing wait for its lock holding theirs), while progress is saved on the pool. An import
 * that waited for its progress with its own connection held would never give it back, and every import, and
 * then every request of the process, would hang.
 */
describe('Imports outnumbering the pooled connections', () => {
  let api: TestApi;
  let organizer: string;
  let busy: SurveyCampaign;
  let other: SurveyCampaign;

  beforeAll(async () => {
    // The least pool the configuration allows.
    api = await startFreshTestApi({ DATABASE_POOL_SIZE: '2', INGEST_RATE_LIMIT: '100000' });
    organizer = await organizerToken(api.http);
    busy = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
    other = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
  });
  afterAll(() => api.close());

  it('stores every one of them, exactly once, and the API keeps answering', async () => {
    const sent = [
      { campaign: busy, prefix: 'first' },
      { campaign: busy, prefix: 'second' },
      { campaign: busy, prefix: 'first' }, // a resend: every row a duplicate of whichever import ran first
      { campaign: other, prefix: 'elsewhere' },
    ];
    const answers = await withTimeout(
      Promise.all(
        sent.map(({ campaign, prefix }) =>
          importCsv(api, organizer, campaign.id, responsesCsv(campaign.enterprises, ROWS, prefix)),
        ),
      ),
      90_000,
      'the imports did not finish: they hold every pooled connection and wait for another',
    );
    for (const answer of answers) expect(answer.status).toBe(201);
    const counts = answers.map((a) => a.body.counts as { accepted: number; duplicates: number });
    // Of the two sending the 'first' keys, one stored them all and the other none.
    expect([counts[0].accepted, counts[2].accepted].sort((a, b) => a - b)).toEqual([0, ROWS]);
    expect(counts[0].duplicates + counts[2].duplicates).toBe(ROWS);
    expect(counts[1]).toMatchObject({ accepted: ROWS, duplicates: 0 });
    expect(counts[3]).toMatchObject({ accepted: ROWS, duplicates: 0 });

    const stored = async (campaignId: string) =>
      Number(
        (
          await api.dataSource.query(`SELECT count(*) AS n FROM survey_responses WHERE campaign_id = $1`, [
            campaignId,
          ])
        )[0].n,
      );
    expect(await stored(busy.id)).toBe(2 * ROWS);
    expect(await stored(other.id)).toBe(ROWS);
    // Each import's record says stored, with the counts it answered.
    const records: { id: string; state: string; accepted: number }[] = await api.dataSource.query(
      `SELECT id, state, accepted FROM survey_imports WHERE id = ANY($1::uuid[])`,
      [answers.map((a) => a.body.id as string)],
    );
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const [i, answer] of answers.entries())
      expect(byId.get(answer.body.id as string)).toMatchObject({
        state: 'stored',
        accepted: counts[i].accepted,
      });
    await api.http.get('/health/ready').expect(200);
  }, 120_000);

  it('leaves a connection for other requests while imports into two campaigns store', async () => {
    const watcher = new Client({ connectionString: (api.dataSource.options as { url: string }).url });
    await watcher.connect();
    try {
      const finished: string[] = [];
      const imports = [busy, other].map((campaign, i) =>
        importCsv(
          api,
          organizer,
          campaign.id,
          responsesCsv(campaign.enterprises, 2 * ROWS, `later-${i}`),
        ).then((answer) => {
          finished.push(`import into campaign ${i}`);
          return answer;
        }),
      );
      // Once an import is part-way (its progress saved), ask the API something that needs the database.
      await eventually(
        async () =>
          (
            await watcher.query<{ n: string }>(
              `SELECT count(*) AS n FROM survey_imports WHERE state = 'receiving' AND received > 0`,
            )
          ).rows[0].n !== '0' || undefined,
        60_000,
        'an import part-way',
      );
      await api.http.get('/health/ready').expect(200);
      finished.push('health');
      const answers = await Promise.all(imports);
      for (const answer of answers) expect(answer.body.counts).toMatchObject({ accepted: 2 * ROWS });
      // Had both imports held a connection each, the readiness check would have waited for one to finish.
      expect(finished[0]).toBe('health');
    } finally {
      await watcher.end();
    }
  }, 120_000);

  it('stores nothing of an import declared abandoned while it waited for its turn, and says so', async () => {
    const campaign = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
    const watcher = new Client({ connectionString: (api.dataSource.options as { url: string }).url });
    await watcher.connect();
    const receiving = async () =>
      (
        await watcher.query<{ id: string; received: number }>(
          `SELECT id, received FROM survey_imports WHERE campaign_id = $1 AND state = 'receiving'`,
          [campaign.id],
        )
      ).rows;
    try {
      // Sent now: a supertest request leaves only once something waits for it.
      const send = (prefix: string, rows: number) =>
        importCsv(api, organizer, campaign.id, responsesCsv(campaign.enterprises, rows, prefix)).then(
          (r) => r,
        );
      const ahead = send('ahead', 3 * ROWS); // still storing while the next one is seen waiting
      const storing = await eventually(
        async () => (await receiving()).find((r) => r.received > 0)?.id,
        60_000,
        'the first import part-way',
      );
      const behind = send('behind', 1000);
      const waiting = await eventually(
        async () => (await receiving()).find((r) => r.id !== storing)?.id,
        60_000,
        'the second import waiting for its turn',
      );
      // What the worker's sweep does to an import that showed no progress for ten minutes.
      await watcher.query(`UPDATE survey_imports SET state = 'failed', failure = 'abandoned' WHERE id = $1`, [
        waiting,
      ]);
      expect((await ahead).status).toBe(201);
      const refused = await behind;
      expect(refused.status).toBe(503);
      expect(refused.body.code).toBe('IMPORT_ABANDONED');
      const stored = await watcher.query<{ prefix: string; n: string }>(
        `SELECT split_part(respondent_key, '-', 1) AS prefix, count(*) AS n FROM survey_responses
         WHERE campaign_id = $1 GROUP BY 1 ORDER BY 1`,
        [campaign.id],
      );
      expect(stored.rows).toEqual([{ prefix: 'ahead', n: String(3 * ROWS) }]);
      const record = await watcher.query(`SELECT state, failure FROM survey_imports WHERE id = $1`, [
        waiting,
      ]);
      expect(record.rows).toEqual([{ state: 'failed', failure: 'abandoned' }]);
    } finally {
      await watcher.end();
    }
  }, 120_000);
});
