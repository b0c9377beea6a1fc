import { randomUUID } from 'node:crypto';
import { buildCampaign, buildEnterprise, TWO_CRITERIA_RUBRIC } from '@app/testing';
import { as, eventually, response, surveyWindow } from './survey-fixture';
import { createdStaffUser, registeredEnterpriseUser, TestApi } from './test-api';

/**
 * Hand-built data for winner selection, driven through the real API and a real worker, up to `deciding`.
 *
 * Survey (ranked from 10 valid responses, listed from 5; SAT s scores (s - 1) / 9 x 100):
 *   telecom:  A 6 x SAT 10 + 6 x SAT 9 (CSI 94.4, LOY1 10), B the same CSI with LOY1 8, C 12 x SAT 4 (33.3)
 *   finance:  E 6 x SAT 8 + 6 x SAT 7 (72.2, loyalty 8), F the same CSI with loyalty 10
 *   consumer: G 7 responses: indicative, not ranked
 * So the winner sets are telecom {A, B} (p = 0.5), finance {F, E}; one winner by CLI: A and F; consumer none.
 *
 * Panel category (overall, one winner), final round scores (60 x s/10 + 40 x p/100):
 *   A 9/80 -> 86, B 7/50 -> 62, E 8/70 -> 76: A wins.
 * Combined category (overall, one winner, 70 % CSI + 30 % panel, at least "certified" = 61-80):
 *   A 6/60 -> 60 "conditional" (gated out; 0.7 x 94.44 + 18 = 84.11 would have won),
 *   C 10/100 -> 100: 0.7 x 33.33 + 30 = 53.33; E 8/80 -> 80: 0.7 x 72.22 + 24 = 74.56; G not ranked.
 *   E wins.
 */
export const SCORES: Record<'panel' | 'combined', Record<string, { s: number; p: number }>> = {
  panel: { A: { s: 9, p: 80 }, B: { s: 7, p: 50 }, E: { s: 8, p: 70 } },
  combined: { A: { s: 6, p: 60 }, C: { s: 10, p: 100 }, E: { s: 8, p: 80 }, G: { s: 9, p: 90 } },
};

const INDUSTRY: Record<string, string> = {
  A: 'telecom',
  B: 'telecom',
  C: 'telecom',
  E: 'finance',
  F: 'finance',
  G: 'consumer',
};
/** Which categories each enterprise enters: 0 and 1 survey-benchmark, 2 panel, 3 combined. */
const ENTERS: Record<string, number[]> = {
  A: [0, 1, 2, 3],
  B: [0, 1, 2],
  C: [0, 1, 3],
  E: [0, 1, 2, 3],
  F: [0, 1],
  G: [0, 1, 3],
};

export interface AwardsSetup {
  campaignId: string;
  slug: string;
  categoryIds: string[];
  /** Enterprise ids and names by letter. */
  ids: Record<string, string>;
  names: Record<string, string>;
  ownerTokens: Record<string, string>;
  roundIds: { panel: string; combined: string };
}

function surveyRows(ids: Record<string, string>) {
  const rows: unknown[] = [];
  for (let i = 0; i < 6; i++) {
    rows.push(
      response(ids.A, `a-${i}`, 10, { LOY1: 10, LOY2: 10 }),
      response(ids.A, `a9-${i}`, 9, { LOY1: 10, LOY2: 8 }),
      response(ids.B, `b-${i}`, 10, { LOY1: 8, LOY2: 10 }),
      response(ids.B, `b9-${i}`, 9, { LOY1: 8, LOY2: 8 }),
      response(ids.C, `c-${i}`, 4),
      response(ids.C, `c2-${i}`, 4),
      response(ids.E, `e-${i}`, 8, { LOY1: 8, LOY2: 8 }),
      response(ids.E, `e7-${i}`, 7, { LOY1: 8, LOY2: 8 }),
      response(ids.F, `f-${i}`, 8, { LOY1: 10, LOY2: 10 }),
      response(ids.F, `f7-${i}`, 7, { LOY1: 10, LOY2: 10 }),
    );
  }
  for (let i = 0; i < 7; i++) rows.push(response(ids.G, `g-${i}`, 9));
  return rows;
}

export async function awardsCampaign(api: TestApi, organizer: string): Promise<AwardsSetup> {
  const post = (path: string, body: object = {}, token = organizer) =>
    api.http.post(path).set(as(token)).send(body);
  const campaign = (
    await post(
      '/campaigns',
      buildCampaign({
        industryCodes: ['telecom', 'finance', 'consumer'],
        rules: { minResponsesRanked: 10, minResponsesListed: 5, jointWinnersOnTie: true },
        categories: [
          {
            name: 'Customer Care Benchmark Enterprise',
            nameZh: '客户关怀标杆企业',
            kind: 'survey-benchmark',
            perIndustry: true,
            maxWinners: 3,
          },
          {
            name: 'Benchmark Leader',
            nameZh: '标杆领袖',
            kind: 'survey-benchmark',
            perIndustry: true,
            maxWinners: 1,
          },
          {
            name: 'Best Call Center of the Year',
            nameZh: '中国最佳呼叫中心',
            kind: 'panel',
            perIndustry: false,
            maxWinners: 1,
          },
          {
            name: 'Customer Care Excellence',
            nameZh: '客户关怀卓越奖',
            kind: 'combined',
            perIndustry: false,
            maxWinners: 1,
            surveyWeight: 70,
            panelWeight: 30,
            minPanelBand: 'certified',
          },
        ],
      }),
    ).expect(201)
  ).body as { id: string; slug: string; categories: { id: string }[] };
  const id = campaign.id;
  const categoryIds = campaign.categories.map((c) => c.id);
  await post(`/campaigns/${id}/transitions`, { to: 'registration' }).expect(200);

  const ids: Record<string, string> = {};
  const names: Record<string, string> = {};
  const ownerTokens: Record<string, string> = {};
  for (const letter of Object.keys(ENTERS)) {
    const owner = await registeredEnterpriseUser(api.http);
    const profile = buildEnterprise({
      industryCode: INDUSTRY[letter],
      legalName: `Enterprise ${letter} ${randomUUID().slice(0, 6)} Co., Ltd.`,
    });
    const e = (await post('/enterprises', profile, owner.token).expect(201)).body;
    await post(`/enterprises/${e.id}/review`, {
      decision: 'verified',
      profileRevision: e.profileRevision,
    }).expect(200);
    for (const k of ENTERS[letter]) {
      const c = (
        await post(
          `/campaigns/${id}/candidacies`,
          { categoryId: categoryIds[k], enterpriseId: e.id },
          owner.token,
        ).expect(201)
      ).body;
      await post(`/candidacies/${c.id}/decision`, { decision: 'approved' }).expect(200);
    }
    ids[letter] = e.id;
    names[letter] = profile.legalName;
    ownerTokens[letter] = owner.token;
  }

  await api.http.patch(`/campaigns/${id}`).set(as(organizer)).send({ schedule: surveyWindow() }).expect(200);
  await post(`/campaigns/${id}/transitions`, { to: 'survey' }).expect(200);
  const rows = surveyRows(ids);
  await post(`/campaigns/${id}/response-batches`, { responses: rows }).expect(201);
  await eventually(
    async () => {
      const res = await api.http.get(`/campaigns/${id}/data-quality`).set(as(organizer));
      const stored = (res.body.industries ?? []).reduce(
        (n: number, i: { counts: { stored: number } }) => n + i.counts.stored,
        0,
      );
      return stored === rows.length ? true : undefined;
    },
    30_000,
    'aggregation of the survey responses',
  );
  await post(`/campaigns/${id}/transitions`, { to: 'judging' }).expect(200);

  const judge = await createdStaffUser(api.http, organizer, 'judge');
  const rubric = (
    await post('/rubrics', {
      key: `awards-${randomUUID().slice(0, 8)}`,
      name: 'Two criteria',
      ...TWO_CRITERIA_RUBRIC,
    }).expect(201)
  ).body as { id: string };
  const roundIds = { panel: '', combined: '' };
  for (const [kind, k] of [
    ['panel', 2],
    ['combined', 3],
  ] as const) {
    const round = (
      await post(`/campaigns/${id}/rounds`, {
        categoryId: categoryIds[k],
        name: kind === 'panel' ? 'Site visit' : 'Excellence review',
        stageType: 'site-visit',
        rubricId: rubric.id,
        rubricVersion: 1,
        judgesPerEntrant: 1,
      }).expect(201)
    ).body as { id: string };
    roundIds[kind] = round.id;
    await api.http
      .put(`/rounds/${round.id}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: judge.id, chair: true }] })
      .expect(200);
    await post(`/rounds/${round.id}/assignments/automatic`, { seed: 1 }).expect(201);
    await post(`/rounds/${round.id}/transitions`, { to: 'open' }).expect(200);
  }
  const letterOf = new Map(Object.entries(names).map(([letter, name]) => [name, letter]));
  for (const a of (await api.http.get('/judging/assignments').set(as(judge.token)).expect(200)).body) {
    const kind = a.roundId === roundIds.panel ? 'panel' : 'combined';
    const values = SCORES[kind][letterOf.get(a.enterpriseName) as string];
    await api.http
      .put(`/judging/assignments/${a.assignmentId}/sheet`)
      .set(as(judge.token))
      .send({ values })
      .expect(200);
    await post(`/judging/assignments/${a.assignmentId}/sheet/submit`, {}, judge.token).expect(200);
  }
  for (const roundId of Object.values(roundIds)) {
    await post(`/rounds/${roundId}/transitions`, { to: 'closed' }).expect(200);
    await post(`/rounds/${roundId}/transitions`, { to: 'finalised' }).expect(200);
  }
  await post(`/campaigns/${id}/transitions`, { to: 'deciding' }).expect(200);
  return { campaignId: id, slug: campaign.slug, categoryIds, ids, names, ownerTokens, roundIds };
}

/** Confirms every category's proposal as it is, but those in `skip`. */
export async function confirmAll(api: TestApi, organizer: string, campaignId: string, skip: string[] = []) {
  const proposals = (
    await api.http.get(`/campaigns/${campaignId}/awards/proposals`).set(as(organizer)).expect(200)
  ).body;
  for (const p of proposals) {
    if (skip.includes(p.categoryId)) continue;
    const justification =
      p.proposal.problems.length > 0
        ? 'Not awarded: this test campaign held no finalised judging.'
        : undefined;
    await api.http
      .post(`/campaigns/${campaignId}/awards/categories/${p.categoryId}/decisions`)
      .set(as(organizer))
      .send({ evidenceHash: p.evidenceHash, justification })
      .expect(201);
  }
}

/** Confirms every category as proposed (a justified "not awarded" where none can be made) and announces now. */
export async function announceNow(api: TestApi, organizer: string, campaignId: string) {
  await confirmAll(api, organizer, campaignId);
  return api.http.post(`/campaigns/${campaignId}/announcement`).set(as(organizer)).expect(200);
}

/** Closes the survey an hour ago and schedules the announcement at `at`: the scheduled job then announces. */
export async function scheduleAnnouncement(api: TestApi, organizer: string, campaignId: string, at: Date) {
  await api.http
    .patch(`/campaigns/${campaignId}`)
    .set(as(organizer))
    .send({
      schedule: {
        surveyClosesAt: new Date(Date.now() - 3600_000).toISOString(),
        announcementAt: at.toISOString(),
      },
    })
    .expect(200);
}
