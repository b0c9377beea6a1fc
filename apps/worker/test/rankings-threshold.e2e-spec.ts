import type { INestApplicationContext } from '@nestjs/common';
import fc from 'fast-check';
import {
  as,
  buildCampaign,
  eventually,
  organizerToken,
  response,
  stopApiAndWorker,
  surveyCampaign,
  SurveyCampaign,
  SurveyEnterprise,
  surveyWindow,
  TestApi,
} from '@app/testing';
import { RankingSnapshot, RankingSnapshotsService, RankingsService } from '@app/rankings';
import { startFreshApiAndWorker } from './test-apps';

/**
 * METHODOLOGY.md "Data quality": the speeding threshold is 40 % of the median completion time of every stored
 * response of the campaign that carries one, whatever its flags, and every industry's snapshot uses the same
 * threshold: when new data moves the median, the industries it did not touch are rebuilt too.
 */
describe('Survey rankings: one speeding threshold at a time', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  /** Imports `rows` as one batch and waits until the worker has aggregated it and written its snapshots. */
  const importAndAggregate = async (campaignId: string, rows: unknown[]) => {
    await api.http
      .post(`/campaigns/${campaignId}/response-batches`)
      .set(as(organizer))
      .send({ responses: rows })
      .expect(201);
    await eventually(
      async () => {
        const [{ open }] = await api.dataSource.query(
          `SELECT count(*)::int AS open FROM survey_imports WHERE campaign_id = $1 AND state <> 'aggregated'`,
          [campaignId],
        );
        return open === 0 ? true : undefined;
      },
      20_000,
      'the import to be aggregated',
    );
  };

  const latest = (campaignId: string) => worker.get(RankingSnapshotsService).latestPerIndustry(campaignId);

  /** What a snapshot says, without what differs between two writes of the same figures. */
  const content = (s: RankingSnapshot) => ({
    ...s,
    id: null,
    sequence: null,
    source: null,
    createdAt: null,
  });

  /**
   * The latest snapshot of every industry that has one, and what a full recompute from the stored responses
   * writes for the same industries (a recompute also snapshots industries with candidates but no responses).
   */
  const latestAndRecomputed = async (campaignId: string) => {
    const before = await latest(campaignId);
    await worker.get(RankingsService).recompute(campaignId);
    const after = await latest(campaignId);
    const industries = new Set(before.map((s) => s.industryCode));
    return {
      latest: before.map(content),
      recomputed: after.filter((s) => industries.has(s.industryCode)).map(content),
    };
  };

  /** The median completion time of every stored response of the campaign that has one, straight from SQL. */
  const storedMedian = async (campaignId: string): Promise<number | null> => {
    const [{ median }] = await api.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY completion_seconds)::float8 AS median
       FROM survey_responses WHERE campaign_id = $1 AND completion_seconds IS NOT NULL`,
      [campaignId],
    );
    return median;
  };

  /**
   * Per enterprise: valid responses at or above the threshold and their satisfaction sum, from the running
   * totals (folded outside the window around the threshold) and from every stored response; equal when the
   * folding is exact.
   */
  const totalsAndResponsesAt = async (campaignId: string, threshold: number | null) => {
    const fromTotals: unknown[] = await api.dataSource.query(
      `SELECT enterprise_id, sum(n)::int AS n, sum(satisfaction_sum)::text AS satisfaction
       FROM response_totals WHERE campaign_id = $1
         AND (completion_seconds = -1 OR $2::numeric IS NULL OR completion_seconds >= $2::numeric)
       GROUP BY enterprise_id HAVING sum(n) > 0 ORDER BY enterprise_id`,
      [campaignId, threshold],
    );
    const fromResponses: unknown[] = await api.dataSource.query(
      `SELECT enterprise_id, count(*)::int AS n, coalesce(sum(score_satisfaction), 0)::text AS satisfaction
       FROM survey_responses WHERE campaign_id = $1 AND exclusion IS NULL
         AND (completion_seconds IS NULL OR $2::numeric IS NULL OR completion_seconds >= $2::numeric)
       GROUP BY enterprise_id ORDER BY enterprise_id`,
      [campaignId, threshold],
    );
    return { fromTotals, fromResponses };
  };

  /** A response whose only answer is SAT1: stored, excluded (too few satisfaction items), with a duration. */
  const excluded = (enterpriseId: string, key: string, completionSeconds: number) => ({
    ...response(enterpriseId, key, 8, undefined, { completionSeconds }),
    answers: { SAT1: 8 },
  });

  it.each([
    [
      'valid',
      (enterpriseId: string, key: string) =>
        response(enterpriseId, key, 7, undefined, { completionSeconds: 400 }),
    ],
    [
      'excluded for too few satisfaction items',
      (enterpriseId: string, key: string) => excluded(enterpriseId, key, 400),
    ],
  ])(
    'rebuilds every industry when an import into one industry moves the median (slow responses %s)',
    async (_, slow) => {
      // Ranked from 10 valid responses, listed from 5.
      const c: SurveyCampaign = await surveyCampaign(api, organizer, {
        industries: ['telecom', 'finance', 'healthcare'],
        industryCodes: ['telecom', 'finance', 'healthcare'],
      });
      const [telecom, finance, healthcare] = c.enterprises.map((e) => e.id);
      const first: unknown[] = [];
      for (let i = 0; i < 9; i++) first.push(response(telecom, `t-${i}`, 8));
      for (let i = 0; i < 2; i++)
        first.push(response(telecom, `t-quick-${i}`, 9, undefined, { completionSeconds: 150 }));
      for (let i = 0; i < 12; i++) first.push(response(finance, `f-${i}`, 7));
      for (let i = 0; i < 12; i++) first.push(response(healthcare, `h-${i}`, 6));
      await importAndAggregate(c.id, first);
      // 2 x 150 s and 33 x 300 s: median 300 s, threshold 120 s; telecom's 11 responses all count.
      const before = new Map((await latest(c.id)).map((s) => [s.industryCode, s]));
      expect(before.get('telecom')).toMatchObject({
        medianCompletionSeconds: 300,
        speedingThresholdSeconds: 120,
      });
      expect(before.get('telecom')?.entries[0]).toMatchObject({ n: 11, eligibility: 'ranked' });

      // Finance only: 40 slow responses, stored with a duration, so they count in the median whether valid or
      // not: 2 x 150, 33 x 300, 40 x 400 -> 400 s, threshold 160 s.
      const second: unknown[] = [];
      for (let i = 0; i < 40; i++) second.push(slow(finance, `f-slow-${i}`));
      await importAndAggregate(c.id, second);

      expect(await storedMedian(c.id)).toBe(400);
      const snapshots = await latest(c.id);
      expect(
        snapshots.map((s) => [s.industryCode, s.medianCompletionSeconds, s.speedingThresholdSeconds]),
      ).toEqual([
        ['finance', 400, 160],
        ['healthcare', 400, 160],
        ['telecom', 400, 160],
      ]);
      // Telecom's two 150 s responses are now speeding: 9 valid, indicative instead of ranked.
      const entry = snapshots.find((s) => s.industryCode === 'telecom')?.entries[0];
      expect(entry).toMatchObject({
        n: 9,
        eligibility: 'indicative',
        dataQuality: { excluded: { speeding: 2 } },
      });

      // 160 s lies outside the window the totals were kept with around 120 s: they were rebuilt around it.
      const { fromTotals, fromResponses } = await totalsAndResponsesAt(c.id, 160);
      expect(fromTotals).toEqual(fromResponses);
      const { latest: incremental, recomputed } = await latestAndRecomputed(c.id);
      expect(incremental).toEqual(recomputed);
    },
  );

  it('sums the stored responses, to the same figures, for a threshold outside the totals window', async () => {
    const c: SurveyCampaign = await surveyCampaign(api, organizer, {
      industries: ['telecom'],
      industryCodes: ['telecom'],
    });
    const [telecom] = c.enterprises.map((e) => e.id);
    const rows: unknown[] = [];
    for (let i = 0; i < 12; i++) rows.push(response(telecom, `t-${i}`, 7 + (i % 3)));
    for (let i = 0; i < 3; i++)
      rows.push(response(telecom, `t-quick-${i}`, 9, undefined, { completionSeconds: 60 + i }));
    await importAndAggregate(c.id, rows);
    const [windowed] = await latest(c.id);
    expect(windowed.entries[0]).toMatchObject({ n: 12, dataQuality: { excluded: { speeding: 3 } } });

    // A window that does not hold the threshold (120 s): the totals kept with it would miscount, so the
    // snapshot of the industry, marked dirty, must come from the stored responses. The totals are spoilt
    // too, so a snapshot read from them could not pass for one read from the responses.
    await api.dataSource.query(
      `UPDATE response_totals_windows SET first_second = 1000, last_second = 1200 WHERE campaign_id = $1`,
      [c.id],
    );
    await api.dataSource.query(`UPDATE response_totals SET n = n + 100 WHERE campaign_id = $1`, [c.id]);
    await api.dataSource.query(
      `INSERT INTO ranking_dirty_industries (campaign_id, industry_code) VALUES ($1, 'telecom')`,
      [c.id],
    );
    await worker.get(RankingsService).aggregate(c.id);
    const [fromResponses] = await latest(c.id);
    expect(fromResponses.sequence).toBeGreaterThan(windowed.sequence);
    expect(content(fromResponses)).toEqual(content(windowed));
  });

  describe('for random data split into random sequences of imports', () => {
    const INDUSTRIES = ['telecom', 'finance', 'healthcare'];
    let enterprises: SurveyEnterprise[];

    beforeAll(async () => {
      // Verified enterprises, entered afresh in a new campaign by every run.
      enterprises = (
        await surveyCampaign(api, organizer, {
          industries: ['telecom', 'telecom', 'finance', 'healthcare'],
          industryCodes: INDUSTRIES,
        })
      ).enterprises;
    });

    /** A campaign in survey with every enterprise's candidacy approved (ranked from 10 valid, listed from 5). */
    const freshCampaign = async (): Promise<string> => {
      const created = (
        await api.http
          .post('/campaigns')
          .set(as(organizer))
          .send(
            buildCampaign({
              rules: { minResponsesRanked: 10, minResponsesListed: 5 },
              industryCodes: INDUSTRIES,
            }),
          )
          .expect(201)
      ).body as { id: string; categories: { id: string }[] };
      const transition = (to: string) =>
        api.http.post(`/campaigns/${created.id}/transitions`).set(as(organizer)).send({ to }).expect(200);
      await transition('registration');
      for (const e of enterprises) {
        const candidacy = (
          await api.http
            .post(`/campaigns/${created.id}/candidacies`)
            .set(as(e.ownerToken))
            .send({ categoryId: created.categories[0].id, enterpriseId: e.id })
            .expect(201)
        ).body as { id: string };
        await api.http
          .post(`/candidacies/${candidacy.id}/decision`)
          .set(as(organizer))
          .send({ decision: 'approved' })
          .expect(200);
      }
      await api.http
        .patch(`/campaigns/${created.id}`)
        .set(as(organizer))
        .send({ schedule: surveyWindow() })
        .expect(200);
      await transition('survey');
      return created.id;
    };

    // Respondent keys come from a small pool, so resends (duplicates, never stored) happen within and across
    // imports; durations from a range that the threshold cuts through, or none.
    const generatedResponse = fc.record({
      enterprise: fc.nat({ max: 3 }),
      key: fc.nat({ max: 24 }),
      sat: fc.integer({ min: 0, max: 10 }),
      seconds: fc.option(fc.integer({ min: 20, max: 700 }), { nil: null }),
      valid: fc.boolean(),
      importIndex: fc.nat({ max: 3 }),
    });

    it('always leaves the latest snapshots equal to a full recompute, with one threshold', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(generatedResponse, { minLength: 1, maxLength: 80 }), async (generated) => {
          const campaignId = await freshCampaign();
          const imports = [0, 1, 2, 3]
            .map((i) => generated.filter((g) => g.importIndex === i))
            .filter((rows) => rows.length > 0);
          for (const rows of imports) {
            await importAndAggregate(
              campaignId,
              rows.map((g) => {
                const id = enterprises[g.enterprise].id;
                const r = response(id, `k-${g.key}`, g.sat, undefined, { completionSeconds: g.seconds });
                return g.valid ? r : { ...r, answers: { SAT1: g.sat } };
              }),
            );
            const { latest: incremental, recomputed } = await latestAndRecomputed(campaignId);
            expect(incremental).toEqual(recomputed);
            const median = await storedMedian(campaignId);
            for (const s of incremental) expect(s.medianCompletionSeconds).toBe(median);
            const threshold = incremental[0]?.speedingThresholdSeconds ?? null;
            const { fromTotals, fromResponses } = await totalsAndResponsesAt(campaignId, threshold);
            expect(fromTotals).toEqual(fromResponses);
            // Every industry with stored responses has a snapshot (after a recompute, those without do too).
            const stored: { industry_code: string }[] = await api.dataSource.query(
              `SELECT DISTINCT industry_code FROM survey_responses WHERE campaign_id = $1`,
              [campaignId],
            );
            const snapshotted = incremental.map((s) => s.industryCode);
            for (const r of stored) expect(snapshotted).toContain(r.industry_code);
          }
        }),
        { numRuns: 10 },
      );
    }, 120_000);
  });
});
