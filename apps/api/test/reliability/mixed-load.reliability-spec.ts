import type { INestApplicationContext } from '@nestjs/common';
import {
  aggregated,
  as,
  awardsCampaign,
  AwardsSetup,
  confirmAll,
  expectExactlyOnce,
  moveCampaign,
  organizerToken,
  panelCampaign,
  response,
  stopApiAndWorker,
  surveyCampaign,
  SurveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from '../test-apps';

/** 60 s as the issue asks; RELIABILITY_LOAD_SECONDS shortens it on a laptop. */
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const BATCH = 200;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

describe(`A sustained mixed load for ${SECONDS} s: ingestion, public reads and judge scoring`, () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let survey: SurveyCampaign;
  let announced: AwardsSetup;
  let judge: { token: string; assignments: string[] };

  beforeAll(async () => {
    // The load is meant to measure the platform, not the ingestion limit.
    ({ api, worker } = await startFreshApiAndWorker({ INGEST_RATE_LIMIT: '100000' }));
    organizer = await organizerToken(api.http);
    announced = await awardsCampaign(api, organizer);
    await confirmAll(api, organizer, announced.campaignId);
    await api.http.post(`/campaigns/${announced.campaignId}/announcement`).set(as(organizer)).expect(200);
    survey = await surveyCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'finance', 'finance'],
    });

    // An open round with one judge scoring three entrants.
    const setup = await panelCampaign(api, organizer, {
      industries: ['telecom', 'finance', 'telecom'],
      judges: 1,
    });
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    const round = (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.categoryId,
          name: 'Site visit',
          stageType: 'site-visit',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
        })
        .expect(201)
    ).body;
    await api.http
      .put(`/rounds/${round.id}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: setup.judges[0].id, chair: true }] })
      .expect(200);
    await api.http
      .post(`/rounds/${round.id}/assignments/automatic`)
      .set(as(organizer))
      .send({ seed: 1 })
      .expect(201);
    await api.http
      .post(`/rounds/${round.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'open' })
      .expect(200);
    const work = (await api.http.get('/judging/assignments').set(as(setup.judges[0].token)).expect(200)).body;
    judge = {
      token: setup.judges[0].token,
      assignments: work.map((a: { assignmentId: string }) => a.assignmentId),
    };
  }, 120_000);
  afterAll(() => stopApiAndWorker({ api, worker }));

  it(
    'answers no 5xx, and every response ingested under load is counted exactly once',
    async () => {
      const latencies = new Map<string, number[]>();
      const statuses = new Map<number, number>();
      const until = Date.now() + SECONDS * 1000;
      let ingested = 0;
      let batchNo = 0;
      const timed = async (route: string, call: () => Promise<{ status: number }>) => {
        const started = process.hrtime.bigint();
        const res = await call();
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        latencies.set(route, [...(latencies.get(route) ?? []), ms]);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res;
      };
      const lane = async (work: () => Promise<void>) => {
        while (Date.now() < until) await work();
      };
      const ingest = async () => {
        const n = batchNo++;
        const rows = Array.from({ length: BATCH }, (_, i) =>
          response(
            survey.enterprises[i % survey.enterprises.length].id,
            `load-${n}-${i}`,
            1 + ((n + i) % 10),
          ),
        );
        const res = await timed('POST /campaigns/:id/response-batches', () =>
          api.http
            .post(`/campaigns/${survey.id}/response-batches`)
            .set(as(organizer))
            .send({ responses: rows }),
        );
        if (res.status === 201) ingested += BATCH;
      };
      const read = async () => {
        await timed('GET /public/campaigns/:slug', () => api.http.get(`/public/campaigns/${announced.slug}`));
        await timed('GET /results/:slug', () => api.http.get(`/results/${announced.slug}`));
      };
      let k = 0;
      const score = async () => {
        const id = judge.assignments[k++ % judge.assignments.length];
        await timed('PUT /judging/assignments/:id/sheet', () =>
          api.http
            .put(`/judging/assignments/${id}/sheet`)
            .set(as(judge.token))
            .send({ values: { s: k % 11, p: (k * 7) % 101 }, comments: { service: `draft ${k}` } }),
        );
      };
      await Promise.all([
        lane(ingest),
        lane(ingest),
        lane(read),
        lane(read),
        lane(read),
        lane(score),
        lane(score),
      ]);

      const report = [...latencies].map(([route, ms]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        return {
          route,
          requests: ms.length,
          p50Ms: +percentile(sorted, 0.5).toFixed(1),
          p99Ms: +percentile(sorted, 0.99).toFixed(1),
        };
      });
      process.stdout.write(
        `\nMixed load for ${SECONDS} s:\n${report.map((r) => `  ${r.route.padEnd(40)} ${String(r.requests).padStart(6)} requests, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`).join('\n')}\n  statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n`,
      );

      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(report.every((r) => r.requests > 0)).toBe(true);
      expect(ingested).toBeGreaterThan(0);
      await aggregated(api, survey.id, 120_000);
      await expectExactlyOnce(api, survey.id, ingested);
    },
    (SECONDS + 150) * 1000,
  );
});
