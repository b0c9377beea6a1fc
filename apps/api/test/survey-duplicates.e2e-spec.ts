import { as, organizerToken, response, SurveyCampaign, surveyCampaign, TestApi } from '@app/testing';
import { Client } from 'pg';
import { startFreshTestApi, startTestApi } from './test-apps';

/**
 * Watches every pg connection of this process: a statement given to a connection that has not finished its last
 * one (pg has not seen it ready for a query again, or still queues another) is recorded by its text. Reads pg
 * 8.23's own fields for it (the version is pinned), so that it also sees a connection whose statement's promise
 * settled before the connection was ready again.
 */
function statementOverlaps() {
  const overlapping: string[] = [];
  let spy: jest.SpyInstance | undefined;
  return {
    watch() {
      const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
      spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
        this: Client,
        ...args: unknown[]
      ) {
        const text = (args[0] as { text?: string }).text ?? String(args[0]);
        const state = this as unknown as { readyForQuery: boolean; _queryQueue: unknown[] };
        if (!state.readyForQuery || state._queryQueue.length > 0) overlapping.push(text.slice(0, 60));
        return query.apply(this, args);
      });
    },
    stop: () => spy?.mockRestore(),
    seen: () => overlapping,
  };
}

/**
 * First response wins, whichever way a respondent comes back: later in the same stored chunk, in a later chunk
 * of the same import, or in a later import of the campaign. Chunks of 100 rows (the least allowed) make each case cross a boundary.
 */
describe('Survey respondents sent more than once', () => {
  let api: TestApi;
  let organizer: string;
  let c: SurveyCampaign;
  const overlaps = statementOverlaps();

  beforeAll(async () => {
    api = await startFreshTestApi({ IMPORT_BATCH_ROWS: '100' });
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom', 'finance'] });
    // The imports' statements, from here on.
    overlaps.watch();
  });
  afterAll(async () => {
    overlaps.stop();
    await api.close();
  });

  /** A response told apart from its resends by its completion time. */
  const sent = (enterpriseId: string, key: string, seconds: number) =>
    response(enterpriseId, key, 8, undefined, { completionSeconds: seconds });

  const postBatch = async (rows: unknown[], through: TestApi = api) =>
    (
      await through.http
        .post(`/campaigns/${c.id}/response-batches`)
        .set(as(organizer))
        .send({ responses: rows })
        .expect(201)
    ).body;

  /**
   * A batch posted through another API process, with chunks of `importBatchRows` rows; that process has seen no
   * import of the campaign, so it knows none of its respondents: every row is a suspect there.
   */
  const postElsewhere = async (importBatchRows: number, rows: unknown[]) => {
    const other = await startTestApi({ IMPORT_BATCH_ROWS: String(importBatchRows) });
    try {
      return await postBatch(rows, other);
    } finally {
      await other.close();
    }
  };

  /** What the campaign keeps: respondent (enterprise letter + key) to completion time. */
  const stored = async (): Promise<Record<string, number>> => {
    const [a] = c.enterprises;
    const rows: { enterprise_id: string; respondent_key: string; completion_seconds: number }[] =
      await api.dataSource.query(
        `SELECT enterprise_id, respondent_key, completion_seconds FROM survey_responses WHERE campaign_id = $1`,
        [c.id],
      );
    return Object.fromEntries(
      rows.map((r) => [`${r.enterprise_id === a.id ? 'a' : 'b'}/${r.respondent_key}`, r.completion_seconds]),
    );
  };

  const duplicateCounts = async (): Promise<Record<string, number>> => {
    const [a] = c.enterprises;
    const rows: { enterprise_id: string; duplicates: number }[] = await api.dataSource.query(
      `SELECT enterprise_id, duplicates FROM response_duplicate_counts WHERE campaign_id = $1`,
      [c.id],
    );
    return Object.fromEntries(rows.map((r) => [r.enterprise_id === a.id ? 'a' : 'b', r.duplicates]));
  };

  /** `length` fresh responses split between a and b, with the given ones put at their positions. */
  const batch = (length: number, prefix: string, placed: Record<number, unknown>) => {
    const [a, b] = c.enterprises;
    return Array.from(
      { length },
      (_, i) => placed[i] ?? sent(i % 2 ? a.id : b.id, `${prefix}-${i}`, 1000 + i),
    );
  };

  /** Of an import's batches in order: the rows each stores, and the batch (1-based) holding each named row. */
  const batchesOf = async (importId: string) => {
    const [a] = c.enterprises;
    const batches: { id: string; staged_rows: number }[] = await api.dataSource.query(
      `SELECT id, staged_rows FROM response_batches WHERE import_id = $1 ORDER BY id`,
      [importId],
    );
    const rows: { enterprise_id: string; respondent_key: string; batch_id: string }[] =
      await api.dataSource.query(
        `SELECT enterprise_id, respondent_key, batch_id FROM survey_responses
         WHERE batch_id = ANY($1::bigint[]) AND respondent_key LIKE '%-k_'`,
        [batches.map((x) => x.id)],
      );
    const ids = batches.map((x) => x.id);
    return {
      staged: batches.map((x) => x.staged_rows),
      batchOf: Object.fromEntries(
        rows.map((r) => [
          `${r.enterprise_id === a.id ? 'a' : 'b'}/${r.respondent_key}`,
          ids.indexOf(r.batch_id) + 1,
        ]),
      ),
    };
  };

  const named = (all: Record<string, number>) =>
    Object.fromEntries(Object.entries(all).filter(([key]) => /\/k\d$/.test(key)));

  it('keeps the first response within a chunk, across chunks and across imports, counting the rest per enterprise', async () => {
    const [a, b] = c.enterprises;
    const first = await postBatch(
      batch(250, 'f', {
        // chunk 1: a/k1 again within the chunk; the same key at another enterprise is another respondent
        0: sent(a.id, 'k1', 101),
        1: sent(b.id, 'k1', 102),
        2: sent(a.id, 'k1', 103),
        3: sent(a.id, 'k2', 104),
        // chunk 2: b/k1 and a/k2 again, from chunk 1
        100: sent(b.id, 'k2', 105),
        101: sent(b.id, 'k1', 106),
        102: sent(a.id, 'k3', 107),
        103: sent(a.id, 'k2', 108),
        // chunk 3: a rejected row, a repeat within the chunk, one from chunk 1
        200: response(a.id, 'k9', 99), // SAT out of its scale
        201: sent(a.id, 'k4', 110),
        202: sent(a.id, 'k4', 111),
        203: sent(b.id, 'k1', 112),
      }),
    );
    expect(first.counts).toEqual({ received: 250, accepted: 244, duplicates: 5, rejected: 1 });
    expect(await duplicateCounts()).toEqual({ a: 3, b: 2 });

    const second = await postBatch(
      batch(150, 'g', {
        0: sent(a.id, 'k1', 201), // stored by the first import
        1: sent(b.id, 'k5', 202),
        2: sent(b.id, 'k5', 203), // repeat within this chunk
        3: sent(a.id, 'k3', 204), // stored by the first import
        100: sent(b.id, 'k2', 205), // stored by the first import
        101: sent(a.id, 'k6', 206),
      }),
    );
    expect(second.counts).toEqual({ received: 150, accepted: 146, duplicates: 4, rejected: 0 });
    expect(await duplicateCounts()).toEqual({ a: 5, b: 4 });

    // A resend stores nothing of what is stored and counts every such row.
    const third = await postBatch([sent(b.id, 'k5', 302), sent(a.id, 'k6', 306), sent(a.id, 'k1', 301)]);
    expect(third.counts).toEqual({ received: 3, accepted: 0, duplicates: 3, rejected: 0 });
    expect(await duplicateCounts()).toEqual({ a: 7, b: 5 });

    // Another API process stores a respondent: this one's filter of the campaign no longer knows every
    // stored respondent, and must not be trusted for the next import.
    const elsewhere = await postElsewhere(100, [sent(b.id, 'k7', 407), sent(a.id, 'k1', 401)]);
    expect(elsewhere.counts).toEqual({ received: 2, accepted: 1, duplicates: 1, rejected: 0 });
    const fourth = await postBatch([sent(b.id, 'k7', 507), sent(a.id, 'k8', 508)]);
    expect(fourth.counts).toEqual({ received: 2, accepted: 1, duplicates: 1, rejected: 0 });
    expect(await duplicateCounts()).toEqual({ a: 8, b: 6 });

    const kept = await stored();
    expect(Object.keys(kept)).toHaveLength(244 + 146 + 2);
    expect(named(kept)).toEqual({
      'a/k1': 101,
      'b/k1': 102,
      'a/k2': 104,
      'b/k2': 105,
      'a/k3': 107,
      'a/k4': 110,
      'b/k5': 202,
      'a/k6': 206,
      'b/k7': 407,
      'a/k8': 508,
    });
  });

  it('stores a large JSON batch in chunks, the first response winning across them', async () => {
    const [a, b] = c.enterprises;
    // Chunks of 10,000: a batch of 5,000 is cut into 2,000 (written while the rest is checked), then 2,500
    // (half the batch), then the remaining 500.
    const answer = await postElsewhere(
      10_000,
      batch(5_000, 'h', {
        5: sent(a.id, 'h-k1', 601),
        2_005: sent(a.id, 'h-k1', 602), // in the second chunk: a resend of the first chunk's
        2_006: sent(b.id, 'h-k2', 603),
        4_600: sent(b.id, 'h-k2', 604), // in the third chunk: a resend of the second chunk's
        4_601: sent(a.id, 'h-k3', 605),
        4_602: sent(a.id, 'h-k3', 606), // a repeat within the third chunk
      }),
    );
    expect(answer.counts).toEqual({ received: 5_000, accepted: 4_997, duplicates: 3, rejected: 0 });
    expect((await batchesOf(answer.id as string)).staged).toEqual([2_000, 2_499, 498]);
    const kept = await stored();
    expect([kept['a/h-k1'], kept['b/h-k2'], kept['a/h-k3']]).toEqual([601, 603, 605]);
  });

  it('keeps the first response when suspects of several chunks are checked together, each in its own batch', async () => {
    const [a, b] = c.enterprises;
    const before = await duplicateCounts();
    // A process that has not seen this campaign's imports treats every row as a suspect, and checks them several
    // chunks at a time (PendingSuspects): here chunks 1-8 together, then 9-12 at the end.
    const answer = await postElsewhere(
      100,
      batch(1_200, 'p', {
        150: sent(a.id, 'p-k1', 701), // chunk 2
        420: sent(a.id, 'p-k1', 702), // chunk 5, checked with chunk 2: a repeat
        421: sent(b.id, 'p-k1', 703), // another enterprise: another respondent
        650: sent(b.id, 'p-k2', 704), // chunk 7
        950: sent(b.id, 'p-k2', 705), // chunk 10, checked after chunk 7's row was stored
        951: sent(a.id, 'k1', 706), // stored by the first test's first import
      }),
    );
    expect(answer.counts).toEqual({ received: 1_200, accepted: 1_197, duplicates: 3, rejected: 0 });
    const importId = answer.id as string;
    const kept = await stored();
    expect([kept['a/p-k1'], kept['b/p-k1'], kept['b/p-k2'], kept['a/k1']]).toEqual([701, 703, 704, 101]);
    const { staged, batchOf } = await batchesOf(importId);
    expect(staged).toEqual([100, 100, 100, 100, 99, 100, 100, 100, 100, 98, 100, 100]);
    // Stored in a later COPY than their chunk's, in their chunk's batch all the same.
    expect(batchOf).toEqual({ 'a/p-k1': 2, 'b/p-k1': 5, 'b/p-k2': 7 });
    const after = await duplicateCounts();
    expect([after.a - before.a, after.b - before.b]).toEqual([2, 1]);
  });

  it('checks 2,000 suspects together however many chunks they come from', async () => {
    const [a, b] = c.enterprises;
    // Chunks of 1,500 rows, every row a suspect: the first check waits for the second chunk, then holds 3,000.
    const answer = await postElsewhere(
      1_500,
      batch(4_000, 'q', {
        1_000: sent(b.id, 'q-k1', 801), // chunk 1
        2_000: sent(b.id, 'q-k1', 802), // chunk 2, checked with chunk 1: a repeat
        3_500: sent(a.id, 'q-k2', 803), // chunk 3, checked at the end
        3_600: sent(a.id, 'q-k2', 804), // a repeat within chunk 3
      }),
    );
    expect(answer.counts).toEqual({ received: 4_000, accepted: 3_998, duplicates: 2, rejected: 0 });
    const importId = answer.id as string;
    const kept = await stored();
    expect([kept['b/q-k1'], kept['a/q-k2']]).toEqual([801, 803]);
    const { staged, batchOf } = await batchesOf(importId);
    expect(staged).toEqual([1_500, 1_499, 999]);
    expect(batchOf).toEqual({ 'b/q-k1': 1, 'a/q-k2': 3 });
  });

  // Last: the imports above have chunks in flight, checks of suspects and rejections, each handed over before
  // the earlier ones finish. pg 8 queues a statement given to a busy connection, but deprecates it; pg 9 refuses.
  it('gives a connection its next statement only once the last one has finished', () => {
    expect(overlaps.seen()).toEqual([]);
  });
});
