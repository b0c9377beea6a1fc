import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES, RoundSchedulePayload } from '@app/queue';
import {
  as,
  eventually,
  moveCampaign,
  organizerToken,
  panelCampaign,
  response,
  stopApiAndWorker,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

/**
 * A self-assessment round opened by its schedule (a delayed job the worker runs), scored by the entrants
 * themselves, then a panel round that shows the self-assessment beside the judges' score and mixes it in only
 * by its published weight.
 */
describe('Scheduled rounds and self-assessment', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  it('opens on schedule, takes each entrant’s own sheet, and weighs it only as published', async () => {
    const setup = await panelCampaign(api, organizer, { industries: ['telecom', 'finance'], judges: 2 });
    const [E1, E2] = setup.enterprises;
    const http = api.http;
    await moveCampaign(api, organizer, setup.campaignId, 'survey');

    const self = (
      await http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.teamCategoryId,
          name: 'Self-assessment',
          stageType: 'self-assessment',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
          advancementRule: { kind: 'top-n', n: 10, perIndustry: false },
          opensAt: new Date(Date.now() + 2000).toISOString(),
        })
        .expect(201)
    ).body;

    // Organizers may take an entrant out and put it back, each time with a reason kept in its history.
    const entrants = (await http.get(`/rounds/${self.id}/entrants`).set(as(organizer)).expect(200)).body;
    const e2 = entrants.find((e: { enterpriseId: string }) => e.enterpriseId === E2.id);
    await http.post(`/rounds/${self.id}/entrants/${e2.id}/remove`).set(as(organizer)).send({}).expect(400);
    await http
      .post(`/rounds/${self.id}/entrants/${e2.id}/remove`)
      .set(as(organizer))
      .send({ reason: 'Documents incomplete' })
      .expect(200);
    expect((await http.get(`/rounds/${self.id}/entrants`).set(as(organizer)).expect(200)).body).toHaveLength(
      1,
    );
    const back = await http
      .post(`/rounds/${self.id}/entrants`)
      .set(as(organizer))
      .send({ candidacyId: e2.candidacyId, reason: 'Documents received' })
      .expect(201);
    expect(back.body).toMatchObject({
      id: e2.id,
      source: 'added',
      reason: 'Documents received',
      removedAt: null,
    });

    await eventually(
      async () => {
        const r = (await http.get(`/rounds/${self.id}`).set(as(organizer)).expect(200)).body;
        return r.state === 'open' ? r : undefined;
      },
      20_000,
      'the scheduled opening',
    );
    const audit = await api.dataSource.query(
      `SELECT actor_id, request_id FROM audit_log WHERE action = 'round.open' AND entity_id = $1`,
      [self.id],
    );
    expect(audit).toEqual([{ actor_id: null, request_id: expect.stringMatching(/^job:round-/) }]);

    const mine = (await http.get(`/enterprises/${E1.id}/self-assessments`).set(as(E1.ownerToken)).expect(200))
      .body;
    expect(mine).toHaveLength(1);
    const e1Entrant = mine[0].entrantId as string;
    await http.get(`/enterprises/${E1.id}/self-assessments`).set(as(E2.ownerToken)).expect(404);
    await http
      .put(`/rounds/${self.id}/entrants/${e1Entrant}/self-assessment`)
      .set(as(E2.ownerToken))
      .send({ values: { s: 0, p: 0 } })
      .expect(404);
    const sheet = async (token: string, entrantId: string, values: object) => {
      await http
        .put(`/rounds/${self.id}/entrants/${entrantId}/self-assessment`)
        .set(as(token))
        .send({ values })
        .expect(200);
      return http
        .post(`/rounds/${self.id}/entrants/${entrantId}/self-assessment/submit`)
        .set(as(token))
        .expect(200);
    };
    // Two first saves and two submissions at once: one sheet, one submission, no 5xx.
    const selfPath = `/rounds/${self.id}/entrants/${e1Entrant}/self-assessment`;
    const saves = await Promise.all(
      [
        { s: 9, p: 100 },
        { s: 10, p: 100 },
      ].map((values) => http.put(selfPath).set(as(E1.ownerToken)).send({ values })),
    );
    expect(saves.map((r) => r.status)).toEqual([200, 200]);
    await http
      .put(selfPath)
      .set(as(E1.ownerToken))
      .send({ values: { s: 10, p: 100 } })
      .expect(200);
    const submits = await Promise.all(
      [1, 2].map(() => http.post(`${selfPath}/submit`).set(as(E1.ownerToken))),
    );
    expect(submits.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(submits.find((r) => r.status === 200)?.body.result.total).toBe(100);
    const stored = await api.dataSource.query(
      `SELECT r.revision, r.total::float AS total FROM score_sheet_revisions r JOIN score_sheets s ON s.id = r.sheet_id
       WHERE s.entrant_id = $1`,
      [e1Entrant],
    );
    expect(stored).toEqual([{ revision: 1, total: 100 }]);
    expect((await sheet(E2.ownerToken, e2.id, { s: 5, p: 50 })).body.result.total).toBe(50);

    const panelRound = (
      await http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.teamCategoryId,
          name: 'Document review',
          stageType: 'document-review',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
          selfAssessmentWeight: 20,
        })
        .expect(201)
    ).body;
    await http.post(`/rounds/${self.id}/transitions`).set(as(organizer)).send({ to: 'closed' }).expect(200);
    await http
      .post(`/rounds/${self.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'finalised' })
      .expect(200);
    expect(
      (await http.get(`/rounds/${panelRound.id}/entrants`).set(as(organizer)).expect(200)).body,
    ).toHaveLength(2);

    await moveCampaign(api, organizer, setup.campaignId, 'judging');
    await http
      .put(`/rounds/${panelRound.id}/panel`)
      .set(as(organizer))
      .send({ judges: setup.judges.map((j) => ({ judgeId: j.id })) })
      .expect(200);
    const auto = await http
      .post(`/rounds/${panelRound.id}/assignments/automatic`)
      .set(as(organizer))
      .send({ seed: 1 })
      .expect(201);
    expect(Object.values(auto.body.loads)).toEqual([1, 1]);
    await http
      .post(`/rounds/${panelRound.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'open' })
      .expect(200);
    for (const judge of setup.judges) {
      for (const a of (await http.get('/judging/assignments').set(as(judge.token)).expect(200)).body) {
        await http
          .put(`/judging/assignments/${a.assignmentId}/sheet`)
          .set(as(judge.token))
          .send({ values: { s: 5, p: 50 } })
          .expect(200);
        await http
          .post(`/judging/assignments/${a.assignmentId}/sheet/submit`)
          .set(as(judge.token))
          .expect(200);
      }
    }
    await http
      .post(`/rounds/${panelRound.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'closed' })
      .expect(200);
    const results = (await http.get(`/rounds/${panelRound.id}/results`).set(as(organizer)).expect(200)).body;
    // E1: 0.8 x 50 + 0.2 x 100 = 60; E2: 0.8 x 50 + 0.2 x 50 = 50.
    expect(
      results.entrants.map((e: { enterpriseId: string }) => (e.enterpriseId === E1.id ? 'E1' : 'E2')),
    ).toEqual(['E1', 'E2']);
    expect(
      results.entrants.map(
        (e: {
          panelScore: number;
          selfAssessmentScore: number;
          selfAssessmentWeight: number;
          score: number;
        }) => [e.panelScore, e.selfAssessmentScore, e.selfAssessmentWeight, e.score],
      ),
    ).toEqual([
      [50, 100, 20, 60],
      [50, 50, 20, 50],
    ]);
  });

  it('reminds from the queue once per occasion, refuses a scheduled close with sheets missing, then closes on time', async () => {
    const setup = await panelCampaign(api, organizer, { industries: ['telecom'], judges: 1 });
    const [judge] = setup.judges;
    const http = api.http;
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    const closesAt = new Date(Date.now() + 4000);
    const round = (
      await http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.categoryId,
          name: 'Final panel',
          stageType: 'final-panel',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
          closesAt: closesAt.toISOString(),
        })
        .expect(201)
    ).body;
    await http
      .put(`/rounds/${round.id}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: judge.id }] })
      .expect(200);
    await http
      .post(`/rounds/${round.id}/assignments/automatic`)
      .set(as(organizer))
      .send({ seed: 3 })
      .expect(201);
    await http.post(`/rounds/${round.id}/transitions`).set(as(organizer)).send({ to: 'open' }).expect(200);

    // The reminder job (normally due 48 h before the close) run twice for the same occasion reminds once.
    const queue = worker.get<Queue<RoundSchedulePayload>>(getQueueToken(QUEUES.judgingSchedule));
    const occasion = { roundId: round.id, scheduledFor: new Date().toISOString() };
    const jobs = [
      await queue.add(JOBS.roundReminder, occasion),
      await queue.add(JOBS.roundReminder, occasion),
    ];
    await eventually(
      async () =>
        (await Promise.all(jobs.map((job) => job.isCompleted()))).every(Boolean) ? true : undefined,
      10_000,
      'both reminder jobs',
    );
    const inbox = (await http.get('/notifications').set(as(judge.token)).expect(200)).body;
    expect(inbox.filter((n: { kind: string }) => n.kind === 'judging-reminder')).toEqual([
      expect.objectContaining({ kind: 'judging-reminder', roundId: round.id }),
    ]);

    // At the close the sheet is missing: the schedule does not force the close, it records the refusal.
    const refusal = await eventually(
      async () => {
        const rows = await api.dataSource.query(
          `SELECT after FROM audit_log WHERE action = 'round.scheduled-transition-refused' AND entity_id = $1`,
          [round.id],
        );
        return rows[0];
      },
      20_000,
      'the refused scheduled close',
    );
    expect(refusal.after).toMatchObject({ to: 'closed', scheduledFor: closesAt.toISOString() });
    // The judge who still owes the sheet hears that the deadline passed, once.
    const overdue = await eventually(
      async () => {
        const inbox = (await http.get('/notifications').set(as(judge.token)).expect(200)).body;
        return (inbox as { kind: string; roundId: string }[]).find(
          (n) => n.kind === 'judging-deadline-passed',
        );
      },
      10_000,
      'the deadline-passed notice',
    );
    expect(overdue.roundId).toBe(round.id);
    expect((await http.get(`/rounds/${round.id}`).set(as(organizer)).expect(200)).body.state).toBe('open');

    // The organizer extends the deadline; once the sheet is in, the round closes at the new time by itself.
    await http
      .patch(`/rounds/${round.id}`)
      .set(as(organizer))
      .send({ closesAt: new Date(Date.now() + 3000).toISOString() })
      .expect(200);
    const [a] = (await http.get('/judging/assignments').set(as(judge.token)).expect(200)).body;
    await http
      .put(`/judging/assignments/${a.assignmentId}/sheet`)
      .set(as(judge.token))
      .send({ values: { s: 8, p: 60 } })
      .expect(200);
    await http.post(`/judging/assignments/${a.assignmentId}/sheet/submit`).set(as(judge.token)).expect(200);
    await eventually(
      async () => {
        const r = (await http.get(`/rounds/${round.id}`).set(as(organizer)).expect(200)).body;
        return r.state === 'closed' ? r : undefined;
      },
      20_000,
      'the scheduled close',
    );
    const results = (await http.get(`/rounds/${round.id}/results`).set(as(organizer)).expect(200)).body;
    // 60 x 0.8 + 40 x 0.6 = 72
    expect(results.entrants.map((e: { score: number }) => e.score)).toEqual([72]);
  });

  it('takes only survey-ranked enterprises into a first round that asks for them', async () => {
    let panelCategory = '';
    const survey = await surveyCampaign(api, organizer, {
      industries: ['telecom', 'telecom'],
      beforeSurvey: async (campaignId, entered) => {
        const c = (await api.http.get(`/campaigns/${campaignId}`).set(as(organizer)).expect(200)).body;
        panelCategory = c.categories[1].id;
        for (const e of entered) {
          const candidacy = (
            await api.http
              .post(`/campaigns/${campaignId}/candidacies`)
              .set(as(e.ownerToken))
              .send({ categoryId: panelCategory, enterpriseId: e.id })
              .expect(201)
          ).body;
          await api.http
            .post(`/candidacies/${candidacy.id}/decision`)
            .set(as(organizer))
            .send({ decision: 'approved' })
            .expect(200);
        }
      },
    });
    const [ranked, unpublished] = survey.enterprises;
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => response(ranked.id, `r-${i}`, 8)),
      ...Array.from({ length: 3 }, (_, i) => response(unpublished.id, `u-${i}`, 9)),
    ];
    await api.http
      .post(`/campaigns/${survey.id}/response-batches`)
      .set(as(organizer))
      .send({ responses: rows })
      .expect(201);
    await eventually(
      async () => {
        const res = await api.http.get(`/campaigns/${survey.id}/rankings/telecom`).set(as(organizer));
        return res.status === 200 && res.body.counts.stored === rows.length ? res.body : undefined;
      },
      20_000,
      'the ranking snapshot',
    );
    const rubric = (await api.http.get('/rubrics').set(as(organizer)).expect(200)).body.find(
      (r: { key: string }) => r.key === 'cccs-op-2003',
    );
    // Both enterprises are approved candidates of the panel category; only the ranked one (n 12 >= 10) enters.
    const round = (
      await api.http
        .post(`/campaigns/${survey.id}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: panelCategory,
          name: 'Ranked only',
          stageType: 'document-review',
          rubricId: rubric.id,
          rubricVersion: rubric.latestVersion,
          onlySurveyEligible: true,
        })
        .expect(201)
    ).body;
    const entrants = (await api.http.get(`/rounds/${round.id}/entrants`).set(as(organizer)).expect(200)).body;
    expect(entrants.map((e: { enterpriseId: string }) => e.enterpriseId)).toEqual([ranked.id]);
  });
});
