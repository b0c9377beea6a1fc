import {
  announceNow,
  as,
  Judge,
  moveCampaign,
  organizerToken,
  panelCampaign,
  PanelEnterprise,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

/**
 * The whole judging flow through the real API on the real database: panel, conflicts, automatic assignment,
 * blind scoring, locking and reopening, reassignment, reminders, forced close, results, advancement into the
 * next round, and feedback after the announcement.
 *
 * Every judge gives an entrant the same values, so the hand-computed totals (60 x s/10 + 40 x p/100) are:
 *   E1 s 9 p 80 -> 86 (five-star), E2 s 8 p 50 -> 68, E3 s 7 p 70 -> 70, E4 s 5 p 40 -> 46 (conditional).
 */
const VALUES: Record<number, { s: number; p: number }> = {
  0: { s: 9, p: 80 },
  1: { s: 8, p: 50 },
  2: { s: 7, p: 70 },
  3: { s: 5, p: 40 },
};

describe('Judging rounds', () => {
  let api: TestApi;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof panelCampaign>>;
  let E: PanelEnterprise[];
  let J: Judge[];
  let round1: string;
  let round2: string;
  /** entrant id of each enterprise in round 1, by enterprise index */
  const entrantOf: string[] = [];

  const get = (token: string, path: string) => api.http.get(path).set(as(token));
  const post = (token: string, path: string, body: object = {}) =>
    api.http.post(path).set(as(token)).send(body);
  const put = (token: string, path: string, body: object) => api.http.put(path).set(as(token)).send(body);

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    setup = await panelCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'finance', 'finance'],
      judges: 5,
    });
    E = setup.enterprises;
    J = setup.judges;
  });
  afterAll(() => api.close());

  it('creates rounds with the category’s approved candidacies as first-round entrants; bad settings name their field', async () => {
    const bad = await post(organizer, `/campaigns/${setup.campaignId}/rounds`, {
      categoryId: setup.categoryId,
      name: 'Bad',
      stageType: 'party',
      rubricId: setup.rubricId,
      rubricVersion: 1,
      aggregationMethod: 'mode',
      advancementRule: { kind: 'min-band', band: 'gold' },
    }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['stageType', 'aggregationMethod']),
    );
    const badBand = await post(organizer, `/campaigns/${setup.campaignId}/rounds`, {
      categoryId: setup.categoryId,
      name: 'Bad band',
      stageType: 'document-review',
      rubricId: setup.rubricId,
      rubricVersion: 1,
      advancementRule: { kind: 'min-band', band: 'gold' },
    }).expect(400);
    expect(badBand.body.details).toEqual([expect.objectContaining({ field: 'advancementRule.band' })]);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM judging_rounds`))[0].n).toBe(0);

    const r1 = await post(organizer, `/campaigns/${setup.campaignId}/rounds`, {
      categoryId: setup.categoryId,
      name: 'Document review',
      stageType: 'document-review',
      rubricId: setup.rubricId,
      rubricVersion: 1,
      judgesPerEntrant: 2,
      aggregationMethod: 'mean',
      advancementRule: { kind: 'top-n', n: 2, perIndustry: false },
    }).expect(201);
    expect(r1.body).toMatchObject({ position: 1, state: 'draft', judgesPerEntrant: 2 });
    round1 = r1.body.id;
    const r2 = await post(organizer, `/campaigns/${setup.campaignId}/rounds`, {
      categoryId: setup.categoryId,
      name: 'Site visit',
      stageType: 'site-visit',
      rubricId: setup.rubricId,
      rubricVersion: 1,
      judgesPerEntrant: 1,
    }).expect(201);
    expect(r2.body.position).toBe(2);
    round2 = r2.body.id;

    const entrants = (await get(organizer, `/rounds/${round1}/entrants`).expect(200)).body;
    expect(entrants).toHaveLength(4);
    for (const [i, e] of E.entries()) {
      const entrant = entrants.find((x: { enterpriseId: string }) => x.enterpriseId === e.id);
      expect(entrant).toMatchObject({ candidacyId: e.candidacyId, source: 'candidacy' });
      entrantOf[i] = entrant.id;
    }
    expect((await get(organizer, `/rounds/${round2}/entrants`).expect(200)).body).toEqual([]);
  });

  it('keeps conflicted judges away: declared, recorded from affiliations, and refused with 409', async () => {
    // J3 worked for E1 until 2025: within 3 years of the 2027 campaign, matched by name despite legal forms.
    await put(organizer, `/judges/${J[3].id}/profile`, {
      expertiseIndustries: ['finance'],
      affiliations: [
        {
          organisation: E[0].name.replace('Co., Ltd.', 'Limited').toUpperCase(),
          relation: 'employer',
          fromYear: 2019,
          toYear: 2025,
        },
      ],
    }).expect(200);
    await put(organizer, `/judges/${J[0].id}/profile`, {
      expertiseIndustries: ['telecom'],
      affiliations: [],
    }).expect(200);
    const badProfile = await put(organizer, `/judges/${J[1].id}/profile`, {
      expertiseIndustries: ['telecom', 'astrology'],
      affiliations: [{ organisation: 'X', relation: 'employer', fromYear: 2020, toYear: 2018 }],
    }).expect(400);
    expect(badProfile.body.details.map((d: { field: string }) => d.field)).toEqual([
      'expertiseIndustries[1]',
      'affiliations[0].toYear',
    ]);

    await put(organizer, `/rounds/${round1}/panel`, {
      judges: J.slice(0, 4).map((j, i) => ({ judgeId: j.id, chair: i === 0 })),
    }).expect(200);
    // J1 declares a conflict with E2.
    const declared = await post(J[1].token, '/judging/conflicts', {
      enterpriseId: E[1].id,
      reason: 'My brother runs their contact centre',
    }).expect(201);
    expect(declared.body.conflict).toMatchObject({ source: 'declared', enterpriseId: E[1].id });

    const conflicts = (await get(organizer, `/rounds/${round1}/conflicts`).expect(200)).body;
    expect(
      conflicts.map((c: { judgeId: string; entrantId: string; reasons: { source: string }[] }) => [
        c.judgeId,
        c.entrantId,
        c.reasons[0].source,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [J[3].id, entrantOf[0], 'affiliation'],
        [J[1].id, entrantOf[1], 'declared'],
      ]),
    );
    expect(conflicts).toHaveLength(2);

    const refused = await post(organizer, `/rounds/${round1}/assignments`, {
      entrantId: entrantOf[0],
      judgeId: J[3].id,
    }).expect(409);
    expect(refused.body.message).toContain('conflict of interest');
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'judgeId' })]);

    // A conflicted judge never sees the entrant, not even in the panel's list of names.
    const seen = (await get(J[3].token, `/rounds/${round1}/entrants`).expect(200)).body;
    expect(seen.map((e: { id: string }) => e.id).sort()).toEqual(
      [entrantOf[1], entrantOf[2], entrantOf[3]].sort(),
    );
    await get(J[4].token, `/rounds/${round1}/entrants`).expect(404);
  });

  it('assigns automatically: k judges each, balanced loads, no conflicts; opening waits for the campaign', async () => {
    const auto = await post(organizer, `/rounds/${round1}/assignments/automatic`, { seed: 7 }).expect(201);
    expect(auto.body.created).toBe(8);
    expect(Object.values(auto.body.loads)).toEqual([2, 2, 2, 2]);
    const assignments = (await get(organizer, `/rounds/${round1}/assignments`).expect(200)).body as {
      entrantId: string;
      judgeId: string;
    }[];
    for (const entrant of entrantOf) {
      expect(assignments.filter((a) => a.entrantId === entrant)).toHaveLength(2);
    }
    expect(assignments.some((a) => a.judgeId === J[3].id && a.entrantId === entrantOf[0])).toBe(false);
    expect(assignments.some((a) => a.judgeId === J[1].id && a.entrantId === entrantOf[1])).toBe(false);

    // Judges see nothing of a draft round.
    expect((await get(J[0].token, '/judging/assignments').expect(200)).body).toEqual([]);

    const early = await post(organizer, `/rounds/${round1}/transitions`, { to: 'open' }).expect(409);
    expect(early.body.message).toContain('not in a state that allows judging');
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    await post(organizer, `/rounds/${round2}/transitions`, { to: 'open' }).expect(409);
    await post(organizer, `/rounds/${round1}/transitions`, { to: 'open' }).expect(200);
    // Settings are frozen once open, except the deadline.
    const frozen = await api.http
      .patch(`/rounds/${round1}`)
      .set(as(organizer))
      .send({ aggregationMethod: 'median' })
      .expect(409);
    expect(frozen.body.details).toEqual([expect.objectContaining({ field: 'aggregationMethod' })]);
  });

  it('blind scoring: a judge reads and writes only its own sheets, drafts are checked, submissions lock', async () => {
    const mine = (await get(J[0].token, '/judging/assignments').expect(200)).body;
    expect(mine).toHaveLength(2);
    const others = (await get(J[2].token, '/judging/assignments').expect(200)).body;
    // Judge 0 never reads judge 2's assignment or sheet, nor writes to it.
    await get(J[0].token, `/judging/assignments/${others[0].assignmentId}`).expect(404);
    await put(J[0].token, `/judging/assignments/${others[0].assignmentId}/sheet`, {
      values: { s: 1 },
    }).expect(404);
    // Nor anyone's results before the close.
    await get(J[0].token, `/rounds/${round1}/results`).expect(403);
    await get(E[0].ownerToken, `/rounds/${round1}/results`).expect(403);

    const dossier = (await get(J[0].token, `/judging/assignments/${mine[0].assignmentId}`).expect(200)).body;
    expect(dossier.dossier).toMatchObject({ industryCode: expect.any(String), seats: 250 });
    expect(dossier.dossier.contactEmail).toBeUndefined();
    expect(dossier.rubric.categories).toHaveLength(2);
    expect(dossier.sheet).toEqual({ sheet: null, result: null });

    const bad = await put(J[0].token, `/judging/assignments/${mine[0].assignmentId}/sheet`, {
      values: { s: 11, x: 3 },
      comments: { nope: 'x' },
    }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'comments.nope',
      'values.s',
      'values.x',
    ]);
    await put(J[0].token, `/judging/assignments/${mine[0].assignmentId}/sheet`, { values: { s: 9 } }).expect(
      200,
    );
    const incomplete = await post(
      J[0].token,
      `/judging/assignments/${mine[0].assignmentId}/sheet/submit`,
    ).expect(400);
    expect(incomplete.body.details).toEqual([{ field: 'values.p', message: 'is required to submit' }]);
  });

  it('scores every sheet but one, reopens a sheet with its old values kept, and reassigns the unfinished one', async () => {
    const indexOf = (entrantId: string) => entrantOf.indexOf(entrantId);
    let unfinished: { assignmentId: string; judge: Judge } | null = null;
    let reopened: { assignmentId: string; judge: Judge } | null = null;
    for (const judge of J.slice(0, 4)) {
      for (const a of (await get(judge.token, '/judging/assignments').expect(200)).body) {
        if (indexOf(a.entrantId) === 3 && !unfinished) {
          unfinished = { assignmentId: a.assignmentId, judge };
          continue;
        }
        const v = VALUES[indexOf(a.entrantId)];
        const first = indexOf(a.entrantId) === 0 && !reopened;
        await put(judge.token, `/judging/assignments/${a.assignmentId}/sheet`, {
          // The sheet that will be reopened is first submitted with a wrong value.
          values: first ? { s: 1, p: v.p } : v,
          comments: { service: `Note ${J.indexOf(judge)}`, people: '' },
        }).expect(200);
        const submitted = await post(
          judge.token,
          `/judging/assignments/${a.assignmentId}/sheet/submit`,
        ).expect(200);
        expect(submitted.body.sheet).toMatchObject({ state: 'submitted', revision: 1 });
        if (first) reopened = { assignmentId: a.assignmentId, judge };
      }
    }
    if (!unfinished || !reopened) throw new Error('fixture: expected an unfinished and a reopened sheet');

    const locked = await put(reopened.judge.token, `/judging/assignments/${reopened.assignmentId}/sheet`, {
      values: VALUES[0],
    }).expect(409);
    expect(locked.body.message).toContain('submitted and locked');

    const progress = (await get(organizer, `/rounds/${round1}/progress`).expect(200)).body;
    expect(progress.submitted).toBe(7);
    const sheetId = progress.sheets.find(
      (s: { assignmentId: string }) => s.assignmentId === reopened?.assignmentId,
    ).sheetId;
    await post(organizer, `/rounds/${round1}/sheets/${sheetId}/reopen`, {}).expect(400);
    await post(organizer, `/rounds/${round1}/sheets/${sheetId}/reopen`, {
      reason: 'Service score typed as 1, meant 9',
    }).expect(200);
    await put(reopened.judge.token, `/judging/assignments/${reopened.assignmentId}/sheet`, {
      values: VALUES[0],
      comments: { service: 'Corrected' },
    }).expect(200);
    const resubmitted = await post(
      reopened.judge.token,
      `/judging/assignments/${reopened.assignmentId}/sheet/submit`,
    ).expect(200);
    expect(resubmitted.body.sheet).toMatchObject({
      revision: 2,
      reopenReason: 'Service score typed as 1, meant 9',
    });
    expect(resubmitted.body.result).toMatchObject({ total: 86, band: 'certified-five-star' });
    const history = (await get(organizer, `/rounds/${round1}/sheets/${sheetId}`).expect(200)).body;
    expect(history.revisions.map((r: { revision: number; total: number }) => [r.revision, r.total])).toEqual([
      [1, 6 + 32],
      [2, 86],
    ]);
    const audit = await api.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'score-sheet.reopened' AND entity_id = $1`,
      [sheetId],
    );
    expect(audit[0].before.values).toEqual({ s: 1, p: 80 });

    // Reassign the unfinished assignment to a panel judge who is free of E4 and of conflicts.
    const onE4 = (
      (await get(organizer, `/rounds/${round1}/assignments`).expect(200)).body as {
        entrantId: string;
        judgeId: string;
        state: string;
      }[]
    )
      .filter((a) => a.entrantId === entrantOf[3] && a.state === 'active')
      .map((a) => a.judgeId);
    const free = J.slice(0, 4).find((j) => !onE4.includes(j.id)) as Judge;
    const moved = await post(organizer, `/rounds/${round1}/assignments/${unfinished.assignmentId}/reassign`, {
      judgeId: free.id,
      reason: 'Judge travelling',
    }).expect(201);
    const all = (await get(organizer, `/rounds/${round1}/assignments`).expect(200)).body;
    expect(all.find((a: { id: string }) => a.id === unfinished?.assignmentId)).toMatchObject({
      state: 'replaced',
      replacedBy: moved.body.id,
      endedReason: 'Judge travelling',
    });
    await get(unfinished.judge.token, `/judging/assignments/${unfinished.assignmentId}`).expect(404);

    // Reminders: only the judge who still owes a sheet, once per occasion.
    const reminded = await post(organizer, `/rounds/${round1}/reminders`).expect(200);
    expect(reminded.body).toEqual({ reminded: 1 });
    const inbox = (await get(free.token, '/notifications').expect(200)).body;
    expect(inbox[0]).toMatchObject({ kind: 'judging-reminder', roundId: round1, channel: 'email' });
  });

  it('closes only when forced with a reason, then shows judges the results without their conflicts', async () => {
    const refused = await post(organizer, `/rounds/${round1}/transitions`, { to: 'closed' }).expect(409);
    expect(refused.body.message).toContain('1 score sheet(s) are not submitted');
    const noReason = await post(organizer, `/rounds/${round1}/transitions`, {
      to: 'closed',
      force: true,
    }).expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    await post(organizer, `/rounds/${round1}/transitions`, {
      to: 'closed',
      force: true,
      reason: 'Judge unreachable before the deadline',
    }).expect(200);

    const results = (await get(organizer, `/rounds/${round1}/results`).expect(200)).body;
    expect(results.provisional).toBe(false);
    expect(
      results.entrants.map(
        (e: {
          enterpriseId: string;
          score: number;
          rank: number;
          band: string;
          judges: number;
          advances: boolean;
        }) => [E.findIndex((x) => x.id === e.enterpriseId), e.score, e.rank, e.band, e.judges, e.advances],
      ),
    ).toEqual([
      [0, 86, 1, 'certified-five-star', 2, true],
      [2, 70, 2, 'certified', 2, true],
      [1, 68, 3, 'certified', 2, false],
      [3, 46, 4, 'conditional', 1, false],
    ]);
    expect(results.missingSheets).toHaveLength(1);
    expect(results.missingSheets[0].entrantId).toBe(entrantOf[3]);
    expect(results.entrants[0].categories).toEqual([
      { code: 'service', weight: 60, percent: 90 },
      { code: 'people', weight: 40, percent: 80 },
    ]);
    expect(results.entrants[0].weakestCategory).toBe('people');
    // Identical totals for each entrant: no within-entrant variance, perfect agreement.
    expect(results.interRaterAgreement).toBe(1);

    const asJ3 = (await get(J[3].token, `/rounds/${round1}/results`).expect(200)).body;
    expect(asJ3.entrants.map((e: { entrantId: string }) => e.entrantId)).not.toContain(entrantOf[0]);
    expect(asJ3.entrants).toHaveLength(3);
    await get(J[4].token, `/rounds/${round1}/results`).expect(404);
    await put(J[1].token, `/rounds/${round1}/chair-decision`, { order: [entrantOf[0]], reason: 'x' }).expect(
      403,
    );
    // The chair (judge 0) records an order; it is kept on the round and in the results.
    const chair = await put(J[0].token, `/rounds/${round1}/chair-decision`, {
      order: [entrantOf[2], entrantOf[1]],
      reason: 'Site notes favour E3',
    }).expect(200);
    expect(chair.body.chairDecision).toMatchObject({
      order: [entrantOf[2], entrantOf[1]],
      recordedBy: J[0].id,
    });
    const badOrder = await put(organizer, `/rounds/${round1}/chair-decision`, {
      order: [entrantOf[2], entrantOf[2]],
      reason: 'typo',
    }).expect(400);
    expect(badOrder.body.details).toEqual([expect.objectContaining({ field: 'order[1]' })]);
  });

  it('finalises: stores the results with a checksum and advances the top 2 into the site visit', async () => {
    const before = (await get(organizer, `/rounds/${round1}/results`).expect(200)).body;
    await post(organizer, `/rounds/${round1}/transitions`, { to: 'finalised' }).expect(200);
    const after = (await get(organizer, `/rounds/${round1}/results`).expect(200)).body;
    expect(after.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(after.entrants).toEqual(before.entrants);
    const next = (await get(organizer, `/rounds/${round2}/entrants`).expect(200)).body;
    expect(
      next.map((e: { enterpriseId: string; source: string }) => [e.enterpriseId, e.source]).sort(),
    ).toEqual(
      [
        [E[0].id, 'advanced'],
        [E[2].id, 'advanced'],
      ].sort(),
    );
    await expect(
      api.dataSource.query(`UPDATE round_outcomes SET checksum = 'x' WHERE round_id = $1`, [round1]),
    ).rejects.toThrow();
  });

  it('gives each enterprise its own feedback, without judges’ names, only after the announcement', async () => {
    const path = `/campaigns/${setup.campaignId}/enterprises/${E[0].id}/feedback`;
    const early = await get(E[0].ownerToken, path).expect(404);
    expect(early.body.message).toContain('No published judging feedback');
    await moveCampaign(api, organizer, setup.campaignId, 'deciding');
    await announceNow(api, organizer, setup.campaignId);
    await get(E[1].ownerToken, path).expect(404);
    const feedback = (await get(E[0].ownerToken, path).expect(200)).body;
    expect(feedback.rounds).toHaveLength(1);
    expect(feedback.rounds[0]).toMatchObject({
      roundId: round1,
      score: 86,
      band: 'certified-five-star',
      weakestCategory: 'people',
      advanced: true,
      categories: [
        { code: 'service', name: 'Service', weight: 60, percent: 90 },
        { code: 'people', name: 'People', weight: 40, percent: 80 },
      ],
    });
    const text = JSON.stringify(feedback);
    for (const judge of J) {
      expect(text).not.toContain(judge.id);
      expect(text).not.toContain(judge.name);
    }
    expect(feedback.rounds[0].comments.map((c: { category: string }) => c.category)).toEqual([
      'service',
      'service',
    ]);
    // The announcement told each entrant in a finalised round that its feedback is there, by email too.
    const told: { template: string; link: string }[] = await api.dataSource.query(
      `SELECT d.template, d.params ->> 'link' AS link FROM mail_deliveries d
         JOIN enterprise_members m ON m.user_id = d.recipient_id
        WHERE d.template = 'feedback-available' AND m.enterprise_id = $1`,
      [E[0].id],
    );
    expect(told).toHaveLength(1);
    expect(new URL(told[0].link).pathname).toBe(path);
  });
});
