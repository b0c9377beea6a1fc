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
import { ResponseBatchesService, StoredResponsesStatistics } from '@app/surveys';
import { startFreshApiAndWorker } from './test-apps';

/**
 * The batch index (BRIN on survey_responses.batch_id) narrows aggregation's reads only to page ranges it has
 * summarised; VACUUM summarises new ranges, and without autovacuum (this machine's server runs without it; the
 * test turns it off for the table so that it proves the same anywhere) nothing else would. An aggregation that
 * takes more than one claim summarises them before its first claim, so that each claim reads its own batches'
 * pages rather than every new page; one of a single claim, after its snapshots are written
 * (StoredResponsesStatistics, RankingsService.aggregate).
 */
describe('Survey aggregation: the batch index', () => {
  const env = { IMPORT_BATCH_ROWS: '5000', AGGREGATION_BATCHES_PER_TRANSACTION: '2' };
  const saved = new Map<string, string | undefined>();
  let api: TestApi | undefined;
  let worker: INestApplicationContext | undefined;
  let organizer: string;
  let c: SurveyCampaign;
  /** Each call to summarise and to claim batches, in the order the worker made them. */
  let calls: string[];

  beforeAll(async () => {
    // The worker reads its configuration from the environment (Jest gives each test file its own copy).
    for (const [name, value] of Object.entries(env)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    ({ api, worker } = await startFreshApiAndWorker(env));
    await api.dataSource.query(`ALTER TABLE survey_responses SET (autovacuum_enabled = false)`);
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
    const statistics = worker.get(StoredResponsesStatistics);
    const batches = worker.get(ResponseBatchesService);
    const summarise = statistics.summarizeBatchIndex.bind(statistics);
    const claim = batches.claimUnaggregated.bind(batches);
    jest.spyOn(statistics, 'summarizeBatchIndex').mockImplementation(() => {
      calls.push('summarise');
      return summarise();
    });
    jest.spyOn(batches, 'claimUnaggregated').mockImplementation(async (campaignId, max) => {
      const claimed = await claim(campaignId, max);
      if (claimed.ids.length > 0) calls.push(`claim ${claimed.ids.length}`);
      return claimed;
    });
  });
  afterAll(async () => {
    try {
      if (api && worker) await stopApiAndWorker({ api, worker });
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  /** Imports the rows and waits until the worker has aggregated every batch of the campaign. */
  const importAndAggregate = async (rows: number, prefix: string) => {
    const db = api!.dataSource;
    calls = [];
    const answer = await importCsv(api!, organizer, c.id, responsesCsv(c.enterprises, rows, prefix));
    expect(answer.status).toBe(201);
    await eventually(
      async () => {
        const [{ open }] = await db.query(
          `SELECT count(*)::int AS open FROM survey_imports WHERE campaign_id = $1 AND state <> 'aggregated'`,
          [c.id],
        );
        // The summary after the snapshots comes after the import is marked aggregated.
        return open === 0 && calls.includes('summarise') ? true : undefined;
      },
      30_000,
      'the import to be aggregated and the index summarised',
    );
  };

  const pages = async (): Promise<number> => {
    const [{ n }] = await api!.dataSource.query(
      `SELECT pg_relation_size('survey_responses') / current_setting('block_size')::int AS n`,
    );
    return Number(n);
  };

  /**
   * Full page ranges (128 pages) still unsummarised; summarises them as it counts. The range still filling is
   * never counted (PostgreSQL leaves it until it is full).
   */
  const unsummarised = async (): Promise<number> => {
    const [{ n }] = await api!.dataSource.query(
      `SELECT brin_summarize_new_values('survey_responses_batch_idx') AS n`,
    );
    return Number(n);
  };

  it('summarises after an aggregation of one claim, once its snapshots are written', async () => {
    // Two batches of 5,000: one claim, over more than one full page range.
    await importAndAggregate(10_000, 'one-claim');
    expect(await pages()).toBeGreaterThan(128);
    expect(calls).toEqual(['claim 2', 'summarise']);
    expect(await unsummarised()).toBe(0);
  });

  it('summarises before the first claim of an aggregation of several', async () => {
    const before = await pages();
    // Six batches of 5,000, two per claim: three claims, over full page ranges written after the last summary.
    await importAndAggregate(30_000, 'three-claims');
    expect((await pages()) - before).toBeGreaterThan(2 * 128);
    expect(calls).toEqual(['summarise', 'claim 2', 'claim 2', 'claim 2']);
    expect(await unsummarised()).toBe(0);
  });
});
