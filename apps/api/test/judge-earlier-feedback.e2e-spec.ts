import { as, Judge, materialsCampaign, moveCampaign, organizerToken, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

interface EarlierRound {
  roundName: string;
  score: number;
  band: string;
  bandNameZh: string | null;
  categories: { code: string; name: string; percent: number }[];
  comments: { category: string; text: string }[];
}

/**
 * Two categories judged in two rounds each, E0 and E1 in all of them. The main category's second round shows
 * previous feedback, the team category's does not: a judge of the main category reads what the first round
 * said of the entrant, without a judge's name; a judge of the team category reads nothing of it.
 */
describe('Earlier rounds’ feedback in a judge’s dossier, where the round shows it', () => {
  let api: TestApi;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof materialsCampaign>>;
  let J: Judge[];
  const second: Record<'main' | 'team', { roundId: string; assignments: string[] }> = {
    main: { roundId: '', assignments: [] },
    team: { roundId: '', assignments: [] },
  };

  const transition = (roundId: string, to: string) =>
    api.http.post(`/rounds/${roundId}/transitions`).set(as(organizer)).send({ to }).expect(200);
  const newRound = async (categoryId: string, body: Record<string, unknown>) =>
    (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({ rubricId: setup.rubricId, rubricVersion: 1, judgesPerEntrant: 1, categoryId, ...body })
        .expect(201)
    ).body as { id: string };
  /** Sets the judge as the round's panel and assigns it every entrant; the assignments in entrant order. */
  const assignAll = async (roundId: string, judge: Judge) => {
    await api.http
      .put(`/rounds/${roundId}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: judge.id }] })
      .expect(200);
    const entrants = (await api.http.get(`/rounds/${roundId}/entrants`).set(as(organizer)).expect(200))
      .body as { id: string; enterpriseId: string }[];
    const ids: string[] = [];
    for (const e of setup.entrants) {
      const entrant = entrants.find((x) => x.enterpriseId === e.enterpriseId) as { id: string };
      const made = await api.http
        .post(`/rounds/${roundId}/assignments`)
        .set(as(organizer))
        .send({ entrantId: entrant.id, judgeId: judge.id })
        .expect(201);
      ids.push((made.body as { id: string }).id);
    }
    return ids;
  };
  const scoreAndSubmit = async (judge: Judge, assignmentId: string, values: object, comments: object) => {
    await api.http
      .put(`/judging/assignments/${assignmentId}/sheet`)
      .set(as(judge.token))
      .send({ values, comments })
      .expect(200);
    await api.http.post(`/judging/assignments/${assignmentId}/sheet/submit`).set(as(judge.token)).expect(200);
  };
  const dossier = (judge: Judge, assignmentId: string) =>
    api.http.get(`/judging/assignments/${assignmentId}`).set(as(judge.token));

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    setup = await materialsCampaign(api, organizer, { industries: ['telecom', 'finance'], judges: 2 });
    J = setup.judges;
    const advance = { kind: 'top-n', n: 2, perIndustry: false };
    const first = {
      main: await newRound(setup.categoryId, {
        name: 'Document review',
        stageType: 'document-review',
        advancementRule: advance,
      }),
      team: await newRound(setup.teamCategoryId, {
        name: 'Team review',
        stageType: 'document-review',
        advancementRule: advance,
      }),
    };
    second.main.roundId = (
      await newRound(setup.categoryId, {
        name: 'Site visit',
        stageType: 'site-visit',
        materials: { showPreviousFeedback: true },
      })
    ).id;
    second.team.roundId = (
      await newRound(setup.teamCategoryId, { name: 'Team visit', stageType: 'site-visit' })
    ).id;
    const firstMain = await assignAll(first.main.id, J[0]);
    const firstTeam = await assignAll(first.team.id, J[0]);
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    for (const round of [first.main, first.team]) await transition(round.id, 'open');
    await scoreAndSubmit(J[0], firstMain[0], { s: 8, p: 70 }, { service: 'Queue boards are live.' });
    await scoreAndSubmit(J[0], firstMain[1], { s: 5, p: 40 }, { people: 'Coaching logs are thin.' });
    for (const a of firstTeam) await scoreAndSubmit(J[0], a, { s: 6, p: 60 }, { service: 'Team notes.' });
    for (const round of [first.main, first.team]) {
      await transition(round.id, 'closed');
      await transition(round.id, 'finalised');
    }
    second.main.assignments = await assignAll(second.main.roundId, J[1]);
    second.team.assignments = await assignAll(second.team.roundId, J[1]);
    for (const s of [second.main, second.team]) await transition(s.roundId, 'open');
  }, 180_000);
  afterAll(() => api.close());

  it('shows the same category’s earlier results and comments, without a judge’s name', async () => {
    const res = await dossier(J[1], second.main.assignments[0]).expect(200);
    const earlier = res.body.earlierRounds as EarlierRound[];
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toMatchObject({
      roundName: 'Document review',
      score: expect.any(Number),
      band: expect.any(String),
      comments: [{ category: 'service', text: 'Queue boards are live.' }],
    });
    // The band's Chinese name comes from the round's rubric (the test rubric's bands carry one each).
    const names: Record<string, string> = {
      'certified-five-star': '五星认证',
      certified: '认证',
      conditional: '有条件认证',
      'not-certified': '未认证',
    };
    expect(earlier[0].bandNameZh).toBe(names[earlier[0].band]);
    expect(earlier[0].categories.map((c) => [c.code, c.name])).toEqual([
      ['service', 'Service'],
      ['people', 'People'],
    ]);
    // Each entrant reads only its own earlier feedback; the team category's rounds are not in it.
    const other = (await dossier(J[1], second.main.assignments[1]).expect(200)).body.earlierRounds;
    expect(other).toEqual([
      expect.objectContaining({ comments: [{ category: 'people', text: 'Coaching logs are thin.' }] }),
    ]);
    const text = JSON.stringify(res.body.earlierRounds);
    expect(text).not.toContain(J[0].id);
    expect(text).not.toContain(J[0].name);
    expect(text).not.toContain('Team');
  });

  it('shows nothing where the round does not show previous feedback', async () => {
    const res = await dossier(J[1], second.team.assignments[0]).expect(200);
    expect(res.body.earlierRounds).toEqual([]);
  });

  it('never shows it to a judge conflicted with the entrant', async () => {
    await api.http
      .post('/judging/conflicts')
      .set(as(J[1].token))
      .send({ enterpriseId: setup.entrants[1].enterpriseId, reason: 'Former client until 2025' })
      .expect(201);
    await dossier(J[1], second.main.assignments[1]).expect(404);
    // The other entrant's dossier keeps its feedback.
    expect((await dossier(J[1], second.main.assignments[0]).expect(200)).body.earlierRounds).toHaveLength(1);
  });
});
