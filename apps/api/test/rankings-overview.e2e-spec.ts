import type { INestApplicationContext } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { snapshotOverviewSummary, SnapshotEntry } from '@app/rankings';
import {
  as,
  buildCampaign,
  eventually,
  organizerToken,
  response,
  stopApiAndWorker,
  surveyCampaign,
  SurveyCampaign,
  TestApi,
} from '@app/testing';
import { SummariseRankingSnapshots1798300000000 } from '../../../migrations/1798300000000-SummariseRankingSnapshots';
import { startFreshApiAndWorker } from './test-apps';

interface SnapshotBody {
  id: string;
  industryCode: string;
  sequence: number;
  source: string;
  createdAt: string;
  counts: unknown;
  entries: { enterpriseId: string; legalName: string; rank: number | null; publishedCsi: number | null }[];
  winnerSet: string[];
  industryAggregate: unknown;
}

/**
 * The overview as the API derived it before the summary was stored: from the full latest snapshot of the
 * industry, entries and all (the code it replaced, applied to `GET /rankings/:industryCode`).
 */
function derivedFromEntries(s: SnapshotBody) {
  return {
    industryCode: s.industryCode,
    snapshotId: s.id,
    sequence: s.sequence,
    source: s.source,
    createdAt: s.createdAt,
    counts: s.counts,
    ranked: s.entries.filter((e) => e.rank !== null).length,
    winnerSet: s.winnerSet.map((id) => {
      const e = s.entries.find((x) => x.enterpriseId === id);
      return { enterpriseId: id, legalName: e?.legalName ?? '', publishedCsi: e?.publishedCsi ?? null };
    }),
    industryAggregate: s.industryAggregate,
  };
}

describe('The rankings overview', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let c: SurveyCampaign;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
    // Ranked from 10 valid responses, listed from 5.
    c = await surveyCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'telecom', 'telecom', 'finance', 'finance'],
    });
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  const overview = async () =>
    (await api.http.get(`/campaigns/${c.id}/rankings`).set(as(organizer)).expect(200)).body as {
      industryCode: string;
      sequence: number;
      source: string;
      counts: { stored: number };
    }[];
  const latest = async (industry: string) =>
    (await api.http.get(`/campaigns/${c.id}/rankings/${industry}`).set(as(organizer)).expect(200))
      .body as SnapshotBody;

  /** Every industry's overview against the one derived from its full latest snapshot. */
  async function expectOverviewAsDerivedFromEntries() {
    const shown = await overview();
    const full = await Promise.all(shown.map((o) => latest(o.industryCode)));
    expect(shown).toEqual(full.map(derivedFromEntries));
    return { shown, full };
  }

  async function send(rows: unknown[]) {
    await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .send({ responses: rows })
      .expect(201);
  }

  /** Until every industry's latest snapshot holds `stored` responses in all. */
  const aggregated = (stored: number) =>
    eventually(async () => {
      const o = await overview();
      return o.length === 2 && o.reduce((n, i) => n + i.counts.stored, 0) === stored ? o : undefined;
    });

  it('answers what the full latest snapshots said, through co-winners, later snapshots and a recompute', async () => {
    const [A, B, C, D, F, G] = c.enterprises.map((e) => e.id);
    const rows: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      // A and B tie on CSI (co-winners, B second on loyalty), C far below; D and G only indicative.
      rows.push(response(A, `a-${i}`, 10, { LOY1: 10, LOY2: 10 }), response(A, `a9-${i}`, 9));
      rows.push(response(B, `b-${i}`, 10, { LOY1: 8, LOY2: 8 }), response(B, `b9-${i}`, 9));
      rows.push(response(C, `c-${i}`, 4), response(C, `c2-${i}`, 5));
      rows.push(response(F, `f-${i}`, 8), response(F, `f7-${i}`, 7));
    }
    for (let i = 0; i < 6; i++) rows.push(response(D, `d-${i}`, 7), response(G, `g-${i}`, 9));
    await send(rows);
    await aggregated(rows.length);
    const first = await expectOverviewAsDerivedFromEntries();
    const telecom = first.shown.find((o) => o.industryCode === 'telecom');
    expect(telecom).toMatchObject({ ranked: 3, winnerSet: [{ enterpriseId: A }, { enterpriseId: B }] });
    // The answer's shape is IndustryOverviewDto's, nothing more.
    expect(Object.keys(first.shown[0]).sort()).toEqual(
      [
        'counts',
        'createdAt',
        'industryAggregate',
        'industryCode',
        'ranked',
        'sequence',
        'snapshotId',
        'source',
        'winnerSet',
      ].sort(),
    );

    // G becomes ranked, and finance's winner moves: the overview follows the newest snapshot.
    const more = Array.from({ length: 10 }, (_, i) => response(G, `g2-${i}`, 9 + (i % 2)));
    await send(more);
    await aggregated(rows.length + more.length);
    const second = await expectOverviewAsDerivedFromEntries();
    expect(second.shown.find((o) => o.industryCode === 'finance')).toMatchObject({
      ranked: 2,
      winnerSet: [{ enterpriseId: G }],
    });
    expect(second.shown.every((o, i) => o.sequence > first.shown[i].sequence)).toBe(true);

    await api.http.post(`/campaigns/${c.id}/rankings/recompute`).set(as(organizer)).expect(202);
    await eventually(async () =>
      (await overview()).every((o) => o.source === 'full-recompute') ? true : undefined,
    );
    await expectOverviewAsDerivedFromEntries();
  });

  it('sends the overview with a strong ETag, a 304 to a reader that has it, and compressed alike', async () => {
    const url = `/campaigns/${c.id}/rankings`;
    const plain = await api.http.get(url).set(as(organizer)).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'private, no-cache',
    });
    expect(plain.headers.etag).toMatch(/^"/);
    const gzipped = await api.http.get(url).set(as(organizer)).set('accept-encoding', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body).toEqual(plain.body);
    const again = await api.http
      .get(url)
      .set(as(organizer))
      .set('accept-encoding', 'identity')
      .set('if-none-match', plain.headers.etag)
      .expect(304);
    expect(again.text ?? '').toBe('');
    // The ETag is no way around authentication.
    await api.http.get(url).set('if-none-match', plain.headers.etag).expect(401);
  });

  it('answers 404 for a campaign that does not exist or the reader may not see, and only to organizers', async () => {
    await api.http
      .get(`/campaigns/00000000-0000-4000-8000-000000000000/rankings`)
      .set(as(organizer))
      .expect(404);
    await api.http.get(`/campaigns/${c.id}/rankings`).set(as(c.enterprises[0].ownerToken)).expect(403);
    await api.http.get(`/campaigns/${c.id}/rankings`).expect(401);
    // A draft is the organizers' alone: an enterprise's own standing in it is not found.
    const draft = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201))
      .body;
    const A = c.enterprises[0];
    const standing = `/campaigns/${draft.id}/enterprises/${A.id}/standing`;
    await api.http.get(standing).set(as(A.ownerToken)).expect(404);
    expect((await api.http.get(standing).set(as(organizer)).expect(200)).body).toMatchObject({
      snapshotId: null,
      entry: null,
    });
    expect(
      (await api.http.get(`/campaigns/${draft.id}/rankings`).set(as(organizer)).expect(200)).body,
    ).toEqual([]);
  });

  describe('the migration that stores the summary', () => {
    const migration = new SummariseRankingSnapshots1798300000000();

    /** Runs `work` in a transaction that is always rolled back: the test database keeps its schema. */
    async function rolledBack(work: (q: QueryRunner) => Promise<void>) {
      const q = api.dataSource.createQueryRunner();
      await q.connect();
      await q.startTransaction();
      try {
        await work(q);
      } finally {
        await q.rollbackTransaction();
        await q.release();
      }
    }

    const summaries = (q: QueryRunner) =>
      q.query(`SELECT id, ranked, winner_summary FROM ranking_snapshots ORDER BY id`) as Promise<
        { id: string; ranked: number; winner_summary: unknown }[]
      >;

    it('backfills every snapshot the writer stored with the summary the writer stored', async () => {
      await rolledBack(async (q) => {
        const written = await summaries(q);
        expect(written.length).toBeGreaterThanOrEqual(6); // three rounds of two industries above
        await migration.down(q);
        await migration.up(q);
        expect(await summaries(q)).toEqual(written);
      });
    });

    it('backfills hand-built snapshots by the overview’s own rules, then refuses updates again', async () => {
      const entry = (
        enterpriseId: string,
        fields: Partial<Record<'legalName' | 'rank' | 'publishedCsi', unknown>>,
      ) => ({ enterpriseId, ...fields });
      const cases: { entries: object[]; winnerSet: string[] }[] = [
        // Winners in their own order, not the entries'; a winner without an entry.
        {
          entries: [
            entry('a', { legalName: 'Alpha', rank: 1, publishedCsi: 81.2 }),
            entry('b', { legalName: 'Beta', rank: 1, publishedCsi: 81.2 }),
            entry('c', { legalName: 'Gamma', rank: null, publishedCsi: null }),
          ],
          winnerSet: ['b', 'x', 'a'],
        },
        // The first entry of an enterprise listed twice; a null name; no rank key at all (counted, as
        // `undefined !== null` counted it); no CSI key.
        {
          entries: [
            entry('a', { legalName: null, rank: 2 }),
            entry('a', { legalName: 'Second', rank: 1, publishedCsi: 70 }),
            entry('d', { legalName: 'Delta', publishedCsi: 64.5 }),
          ],
          winnerSet: ['a'],
        },
        { entries: [], winnerSet: [] },
      ];
      await rolledBack(async (q) => {
        await migration.down(q);
        const ids: string[] = [];
        for (const [i, s] of cases.entries()) {
          const [{ id }] = await q.query(
            `INSERT INTO ranking_snapshots (campaign_id, industry_code, sequence, source, methodology_version,
               parameters, instrument, rules, counts, totals, entries, winner_set)
             VALUES ($1, 'telecom', $2, 'incremental', 'csi-2026.1', '{}', '{}', '{}', '{}', '{}', $3, $4)
             RETURNING id`,
            [c.id, 1000 + i, JSON.stringify(s.entries), JSON.stringify(s.winnerSet)],
          );
          ids.push(id);
        }
        await migration.up(q);
        const rows: { ranked: number; winner_summary: unknown }[] = await q.query(
          `SELECT ranked, winner_summary FROM ranking_snapshots WHERE id = ANY($1) ORDER BY sequence`,
          [ids],
        );
        expect(rows.map((r) => ({ ranked: r.ranked, winnerSummary: r.winner_summary }))).toEqual(
          cases.map((s) => snapshotOverviewSummary({ ...s, entries: s.entries as SnapshotEntry[] })),
        );
        expect(rows[0].winner_summary).toEqual([
          { enterpriseId: 'b', legalName: 'Beta', publishedCsi: 81.2 },
          { enterpriseId: 'x', legalName: '', publishedCsi: null },
          { enterpriseId: 'a', legalName: 'Alpha', publishedCsi: 81.2 },
        ]);
        expect(rows.map((r) => r.ranked)).toEqual([2, 3, 0]);
        const columns: { column_name: string; is_nullable: string }[] = await q.query(
          `SELECT column_name, is_nullable FROM information_schema.columns
           WHERE table_name = 'ranking_snapshots' AND column_name IN ('ranked', 'winner_summary')
           ORDER BY column_name`,
        );
        expect(columns).toEqual([
          { column_name: 'ranked', is_nullable: 'NO' },
          { column_name: 'winner_summary', is_nullable: 'NO' },
        ]);
        // Last: the refusal aborts the transaction, which is rolled back anyway.
        await expect(
          q.query(`UPDATE ranking_snapshots SET ranked = 0 WHERE id = $1`, [ids[0]]),
        ).rejects.toThrow(/immutable/);
      });
    });
  });
});
