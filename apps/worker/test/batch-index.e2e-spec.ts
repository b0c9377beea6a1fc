import type { INestApplicationContext } from '@nestjs/common';
import {
  eventually,
  importCsv,
  organizerToken,
  responsesCsv,
  stopApiAndWorker,
  surveyCampaign,
  SurveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

/**
 * The batch index (BRIN on survey_responses.batch_id) narrows aggregation's reads only to page ranges it has
 * summarised; new ranges are summarised by VACUUM, which on a machine without autovacuum (as here) never runs.
 * An aggregation that takes more than one claim summarises them first, so that each claim reads its own
 * batches' pages rather than every new page (StoredResponsesStatistics, RankingsService.aggregate).
 */
describe('Survey aggregation: the batch index', () => {
  const env = { IMPORT_BATCH_ROWS: '5000', AGGREGATION_BATCHES_PER_TRANSACTION: '2' };
  const saved: Record<string, string | undefined> = {};
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let c: SurveyCampaign;

  beforeAll(async () => {
    // The worker reads its configuration from the environment, as the API does.
    for (const [name, value] of Object.entries(env)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    ({ api, worker } = await startFreshApiAndWorker(env));
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
  });
  afterAll(async () => {
    await stopApiAndWorker({ api, worker });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** Imports the rows and waits until the worker has aggregated every batch of the campaign. */
  const importAndAggregate = async (rows: number, prefix: string) => {
    const answer = await importCsv(api, organizer, c.id, responsesCsv(c.enterprises, rows, prefix));
    expect(answer.status).toBe(201);
    await eventually(
      async () => {
        const [{ open }] = await api.dataSource.query(
          `SELECT count(*)::int AS open FROM survey_imports WHERE campaign_id = $1 AND state <> 'aggregated'`,
          [c.id],
        );
        return open === 0 ? true : undefined;
      },
      30_000,
      'the import to be aggregated',
    );
  };

  /**
   * Full page ranges (128 pages) nobody had summarised; summarises them as it counts. The last range, still
   * filling, is never counted (PostgreSQL leaves it to be summarised once full).
   */
  const summarisedNow = async (): Promise<number> => {
    const [{ n }] = await api.dataSource.query(
      `SELECT brin_summarize_new_values('survey_responses_batch_idx') AS n`,
    );
    return Number(n);
  };

  it('is left as it is after an aggregation of one claim', async () => {
    // Two batches of 5,000: one claim, over more than one full page range.
    await importAndAggregate(10_000, 'one-claim');
    const [{ pages }] = await api.dataSource.query(
      `SELECT pg_relation_size('survey_responses') / current_setting('block_size')::int AS pages`,
    );
    expect(Number(pages)).toBeGreaterThan(128);
    expect(await summarisedNow()).toBeGreaterThan(0);
  });

  it('is summarised before an aggregation of several claims reads its batches', async () => {
    // Six batches of 5,000, two per claim: three claims, over page ranges written after the last summary.
    await importAndAggregate(30_000, 'three-claims');
    const [{ batches }] = await api.dataSource.query(
      `SELECT count(*)::int AS batches FROM response_batches WHERE campaign_id = $1`,
      [c.id],
    );
    expect(batches).toBe(8);
    expect(await summarisedNow()).toBe(0);
  });
});
