import {
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
 * What the judging rules hide stays hidden, and what was submitted stays submitted, through the real API on the
 * real database: a conflicted judge's results are computed as if the hidden entrant did not exist; a conflict
 * declared after a sheet was submitted leaves it counting until an organizer withdraws or keeps it; a round
 * with an entrant short of its k counted sheets closes only by force; the chair cannot order an entrant the
 * chair is conflicted with; a conflict declared after closing is still decided, and finalising waits for it;
 * and a value between a whole-point item's points is refused.
 *
 * Panel J0 (chair) .. J3, k = 2, mean. J0 has a recorded conflict with E0. Assignments:
 *   E0: J1, J2   E1: J0, J1   E2: J0, J2   E3: J1, J3
 * Totals are 60 x s/10 + 40 x p/100.
 */
const PLAN: [entrant: number, judges: number[]][] = [
  [0, [1, 2]],
  [1, [0, 1]],
  [2, [0, 2]],
  [3, [1, 3]],
];
/** Values by judge and entrant: each judge scores differently, so every statistic depends on every sheet. */
const valuesOf = (judge: number, entrant: number) => ({ s: 9 - entrant - (judge % 2), p: 80 - 10 * judge });

describe('Judging integrity: hidden stays hidden, submitted stays submitted', () => {
  let api: TestApi;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof panelCampaign>>;
  let E: PanelEnterprise[];
  let J: Judge[];
  let round: string;
  const entrantOf: string[] = [];
  /** assignment id by `${judge}:${entrant}` (indexes) */
  const assignment = new Map<string, string>();

  const get = (token: string, path: string) => api.http.get(path).set(as(token));
  const post = (token: string, path: string, body: object = {}) =>
    api.http.post(path).set(as(token)).send(body);
  const put = (token: string, path: string, body: object) => api.http.put(path).set(as(token)).send(body);

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    setup = await panelCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'finance', 'finance'],
      judges: 4,
    });
    E = setup.enterprises;
    J = setup.judges;
    round = (
      await post(organizer, `/campaigns/${setup.campaignId}/rounds`, {
        categoryId: setup.categoryId,
        name: 'Document review',
        stageType: 'document-review',
        rubricId: setup.rubricId,
        rubricVersion: 1,
        judgesPerEntrant: 2,
        aggregationMethod: 'mean',
      }).expect(201)
    ).body.id;
    const entrants = (await get(organizer, `/rounds/${round}/entrants`).expect(200)).body;
    E.forEach((e, i) => {
      entrantOf[i] = entrants.find((x: { enterpriseId: string }) => x.enterpriseId === e.id).id;
    });
    await put(organizer, `/rounds/${round}/panel`, {
      judges: J.map((j, i) => ({ judgeId: j.id, chair: i === 0 })),
    }).expect(200);
    await post(organizer, `/judges/${J[0].id}/conflicts`, {
      enterpriseId: E[0].id,
      reason: 'Sits on their advisory board',
    }).expect(201);
    for (const [entrant, judges] of PLAN) {
      for (const judge of judges) {
        const created = await post(organizer, `/rounds/${round}/assignments`, {
          entrantId: entrantOf[entrant],
          judgeId: J[judge].id,
        }).expect(201);
        assignment.set(`${judge}:${entrant}`, created.body.id);
      }
    }
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    await post(organizer, `/rounds/${round}/transitions`, { to: 'open' }).expect(200);
  });
  afterAll(() => api.close());

  it('refuses 7.5 on a whole-point item of a score sheet, naming the item, and stores nothing', async () => {
    const a = assignment.get('1:1') as string;
    const half = await put(J[1].token, `/judging/assignments/${a}/sheet`, {
      values: { s: 7.5, p: 50 },
    }).expect(400);
    expect(half.body.details).toEqual([
      { field: 'values.s', message: 'must be a whole number of points (the item declares no finer step)' },
    ]);
    const dossier = (await get(J[1].token, `/judging/assignments/${a}`).expect(200)).body;
    expect(dossier.sheet).toEqual({ sheet: null, result: null });
  });

  it('keeps a submitted sheet counting when its judge declares a conflict, flagged until an organizer decides', async () => {
    for (const [entrant, judges] of PLAN) {
      for (const judge of judges) {
        const a = assignment.get(`${judge}:${entrant}`) as string;
        await put(J[judge].token, `/judging/assignments/${a}/sheet`, {
          values: valuesOf(judge, entrant),
        }).expect(200);
        await post(J[judge].token, `/judging/assignments/${a}/sheet/submit`).expect(200);
      }
    }
    // J3 and J2 declare conflicts after submitting: nothing is withdrawn, both are flagged.
    const late = await post(J[3].token, '/judging/conflicts', {
      enterpriseId: E[3].id,
      reason: 'They hired my firm last month',
    }).expect(201);
    expect(late.body).toMatchObject({
      withdrawnAssignments: [],
      flaggedAssignments: [assignment.get('3:3')],
    });
    await post(J[2].token, '/judging/conflicts', {
      enterpriseId: E[2].id,
      reason: 'A cousin works there',
    }).expect(201);

    const conflicts = (await get(organizer, `/rounds/${round}/conflicts`).expect(200)).body as {
      judgeId: string;
      entrantId: string;
      assignmentId: string | null;
      sheetState: string | null;
      awaitingDecision: boolean;
    }[];
    const of = (judge: number, entrant: number) =>
      conflicts.find((c) => c.judgeId === J[judge].id && c.entrantId === entrantOf[entrant]);
    expect(of(3, 3)).toMatchObject({
      assignmentId: assignment.get('3:3'),
      sheetState: 'submitted',
      awaitingDecision: true,
    });
    expect(of(0, 0)).toMatchObject({ assignmentId: null, awaitingDecision: false });
    const progress = (await get(organizer, `/rounds/${round}/progress`).expect(200)).body;
    expect(
      progress.conflictsAwaitingDecision.map((c: { assignmentId: string }) => c.assignmentId).sort(),
    ).toEqual([assignment.get('2:2'), assignment.get('3:3')].sort());
    // The sheets still count.
    const provisional = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    const row = (results: { entrants: { entrantId: string; judges: number }[] }, entrant: number) =>
      results.entrants.find((e) => e.entrantId === entrantOf[entrant]);
    expect(row(provisional, 3)?.judges).toBe(2);
    expect(row(provisional, 2)?.judges).toBe(2);

    // Decisions need a reason and a real conflict; each is audited.
    const path = (key: string) => `/rounds/${round}/assignments/${assignment.get(key)}/conflict-decision`;
    const noReason = await post(organizer, path('3:3'), { decision: 'withdraw' }).expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    const noConflict = await post(organizer, path('1:1'), { decision: 'keep', reason: 'x' }).expect(409);
    expect(noConflict.body.message).toContain('no conflict of interest');
    await post(J[0].token, path('3:3'), { decision: 'withdraw', reason: 'x' }).expect(403);

    const kept = await post(organizer, path('2:2'), {
      decision: 'keep',
      reason: 'Relationship ended before the campaign year',
    }).expect(200);
    expect(kept.body).toMatchObject({
      state: 'active',
      conflictKept: { reason: 'Relationship ended before the campaign year' },
    });
    const withdrawn = await post(organizer, path('3:3'), {
      decision: 'withdraw',
      reason: 'Commercial tie confirmed',
    }).expect(200);
    expect(withdrawn.body).toMatchObject({
      state: 'withdrawn',
      endedReason: 'conflict of interest: Commercial tie confirmed',
    });
    await post(organizer, path('3:3'), { decision: 'keep', reason: 'changed my mind' }).expect(409);
    const after = (await get(organizer, `/rounds/${round}/progress`).expect(200)).body;
    expect(after.conflictsAwaitingDecision).toEqual([]);
    const audit = await api.dataSource.query(
      `SELECT action, after FROM audit_log WHERE action LIKE 'round.conflicted-sheet-%' ORDER BY id`,
    );
    expect(
      audit.map((r: { action: string; after: { assignmentId: string } }) => [r.action, r.after.assignmentId]),
    ).toEqual([
      ['round.conflicted-sheet-kept', assignment.get('2:2')],
      ['round.conflicted-sheet-withdrawn', assignment.get('3:3')],
    ]);
  });

  it('closes a round with an entrant short of its k counted sheets only by force, with a reason', async () => {
    const refused = await post(organizer, `/rounds/${round}/transitions`, { to: 'closed' }).expect(409);
    expect(refused.body.message).toContain('1 entrant(s) have fewer than 2 counted sheets');
    expect(refused.body.message).not.toContain('not submitted');
    await post(organizer, `/rounds/${round}/transitions`, {
      to: 'closed',
      force: true,
      reason: 'E4 judged by one judge after a withdrawn conflict',
    }).expect(200);
    const results = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    expect(results.entrants.find((e: { entrantId: string }) => e.entrantId === entrantOf[3]).judges).toBe(1);
  });

  it('computes a conflicted judge’s results as if the hidden entrant did not exist, whatever its sheets hold', async () => {
    const full = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    const view = (await get(J[0].token, `/rounds/${round}/results`).expect(200)).body;
    const text = JSON.stringify(view);
    expect(text).not.toContain(entrantOf[0]);
    expect(text).not.toContain(E[0].id);
    expect(view.entrants.map((e: { rank: number }) => e.rank)).toEqual(
      view.entrants.map((_: unknown, i: number) => i + 1),
    );
    // J1 scored E0, E1 and E3: the full results count 3 sheets, the view only the 2 it may see.
    const sheetsOf = (results: { judges: { judgeId: string; sheets: number }[] }, judge: number) =>
      results.judges.find((j) => j.judgeId === J[judge].id)?.sheets;
    expect(sheetsOf(full, 1)).toBe(3);
    expect(sheetsOf(view, 1)).toBe(2);
    expect(view.checksum).toBeNull();

    // Change what the hidden entrant's sheets hold: the organizer's results move, the judge's view does not.
    await api.dataSource.query(
      `UPDATE score_sheets SET values = '{"s": 0, "p": 0}'::jsonb WHERE entrant_id = $1`,
      [entrantOf[0]],
    );
    const fullAfter = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    expect(fullAfter.judges).not.toEqual(full.judges);
    expect(fullAfter.interRaterAgreement).not.toEqual(full.interRaterAgreement);
    const viewAfter = (await get(J[0].token, `/rounds/${round}/results`).expect(200)).body;
    expect(JSON.stringify(viewAfter)).toBe(text);
  });

  it('refuses a chair’s order naming an entrant the chair is conflicted with (409 naming it)', async () => {
    const refused = await put(J[0].token, `/rounds/${round}/chair-decision`, {
      order: [entrantOf[1], entrantOf[0]],
      reason: 'Tie on the site notes',
    }).expect(409);
    expect(refused.body.details).toEqual([
      {
        field: 'order[1]',
        message: `the panel chair has a conflict of interest with entrant ${entrantOf[0]}`,
      },
    ]);
    // On the chair's word, an organizer is refused the same.
    await put(organizer, `/rounds/${round}/chair-decision`, {
      order: [entrantOf[0]],
      reason: 'Per the chair',
    }).expect(409);
    expect((await get(organizer, `/rounds/${round}`).expect(200)).body.chairDecision).toBeNull();
    await put(J[0].token, `/rounds/${round}/chair-decision`, {
      order: [entrantOf[2], entrantOf[1]],
      reason: 'Tie on the site notes',
    }).expect(200);
  });

  it('decides a conflict declared after the round closed, and finalises only once it is decided', async () => {
    const late = await post(J[2].token, '/judging/conflicts', {
      enterpriseId: E[0].id,
      reason: 'Joined their board after the round closed',
    }).expect(201);
    expect(late.body.flaggedAssignments).toEqual([assignment.get('2:0')]);
    const refused = await post(organizer, `/rounds/${round}/transitions`, { to: 'finalised' }).expect(409);
    expect(refused.body.message).toContain(`assignment ${assignment.get('2:0')}`);
    expect((await get(organizer, `/rounds/${round}`).expect(200)).body.state).toBe('closed');
    // Withdrawing it would leave E0 with 1 of its 2 counted sheets in a closed round, where nobody can be
    // assigned: refused unless forced, and nothing changes.
    const decide = (key: string) => `/rounds/${round}/assignments/${assignment.get(key)}/conflict-decision`;
    const short = await post(organizer, decide('2:0'), {
      decision: 'withdraw',
      reason: 'Board seat confirmed',
    }).expect(409);
    expect(short.body.code).toBe('WITHDRAWAL_LEAVES_ENTRANT_SHORT');
    expect(short.body.message).toContain(`entrant ${entrantOf[0]} with 1 of its 2 counted sheets`);
    expect(short.body.details).toEqual([expect.objectContaining({ field: 'force' })]);
    const still = (await get(organizer, `/rounds/${round}/conflicts`).expect(200)).body;
    expect(
      still.find((c: { assignmentId: string }) => c.assignmentId === assignment.get('2:0')),
    ).toMatchObject({ awaitingDecision: true });
    await post(organizer, decide('2:0'), {
      decision: 'keep',
      reason: 'The board seat began after the sheet was submitted',
    }).expect(200);
    expect(
      (await get(organizer, `/rounds/${round}/progress`).expect(200)).body.conflictsAwaitingDecision,
    ).toEqual([]);
  });

  it('withdraws a sheet of a closed round leaving its entrant short only by force, recorded as forced', async () => {
    // J2's kept sheet on E2 is reconsidered after closing: E2 would keep only J0's sheet.
    const decide = `/rounds/${round}/assignments/${assignment.get('2:2')}/conflict-decision`;
    await post(organizer, decide, { decision: 'withdraw', reason: 'Cousin is their CFO' }).expect(409);
    const before = (await get(organizer, `/rounds/${round}`).expect(200)).body.forcedCloseReason;
    const withdrawn = await post(organizer, decide, {
      decision: 'withdraw',
      reason: 'Cousin is their CFO',
      force: true,
    }).expect(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    const forcedCloseReason = (await get(organizer, `/rounds/${round}`).expect(200)).body.forcedCloseReason;
    expect(forcedCloseReason).toContain(before);
    expect(forcedCloseReason).toContain(
      `entrant ${entrantOf[2]} left with 1 of its 2 counted sheets: Cousin is their CFO`,
    );
    const results = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    expect(results.forcedCloseReason).toBe(forcedCloseReason);
    expect(results.entrants.find((e: { entrantId: string }) => e.entrantId === entrantOf[2]).judges).toBe(1);
    const [audit] = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'round.conflicted-sheet-withdrawn' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after).toMatchObject({
      assignmentId: assignment.get('2:2'),
      reason: 'Cousin is their CFO',
      forcedShortfall: { entrantId: entrantOf[2], countedSheets: 1, judgesPerEntrant: 2 },
    });
  });

  it('keeps the conflicted judge’s view blind once the round is finalised (the stored document is not sent)', async () => {
    await post(organizer, `/rounds/${round}/transitions`, { to: 'finalised' }).expect(200);
    const stored = (await get(organizer, `/rounds/${round}/results`).expect(200)).body;
    expect(stored.checksum).toMatch(/^[0-9a-f]{64}$/);
    const view = (await get(J[0].token, `/rounds/${round}/results`).expect(200)).body;
    expect(view).toMatchObject({ state: 'finalised', checksum: null, finalisedAt: stored.finalisedAt });
    expect(JSON.stringify(view)).not.toContain(entrantOf[0]);
    expect(view.chairDecision.order).toEqual([entrantOf[2], entrantOf[1]]);
    expect(view.entrants.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3]);
    // A judge without conflicts reads the stored document itself.
    expect((await get(J[1].token, `/rounds/${round}/results`).expect(200)).body.checksum).toBe(
      stored.checksum,
    );
  });
});
