import {
  as,
  moveCampaign,
  organizerToken,
  panelCampaign,
  TestApi,
  totpCode,
  twoFactorStaffUser,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

/** An organizer asks a campaign's judges for a second factor; the judging routes hold them to it. */
describe('A campaign requiring two-factor sign-in of its judges', () => {
  let api: TestApi;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof panelCampaign>>;
  let roundId: string;
  /** A judge on the panel without two-factor sign-in, and one with it. */
  let plain: { id: string; token: string };
  let secured: Awaited<ReturnType<typeof twoFactorStaffUser>>;

  const get = (token: string, path: string) => api.http.get(path).set(as(token));
  const requireTwoFactor = (value: boolean) =>
    api.http
      .patch(`/campaigns/${setup.campaignId}`)
      .set(as(organizer))
      .send({ judgesRequireTwoFactor: value })
      .expect(200);

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    setup = await panelCampaign(api, organizer, { industries: ['telecom', 'finance'], judges: 1 });
    plain = setup.judges[0];
    secured = await twoFactorStaffUser(api.http, organizer, 'judge');
    const round = await api.http
      .post(`/campaigns/${setup.campaignId}/rounds`)
      .set(as(organizer))
      .send({
        categoryId: setup.categoryId,
        name: 'Document review',
        stageType: 'document-review',
        rubricId: setup.rubricId,
        rubricVersion: 1,
        judgesPerEntrant: 2,
        aggregationMethod: 'mean',
        advancementRule: { kind: 'top-n', n: 1, perIndustry: false },
      })
      .expect(201);
    roundId = round.body.id;
    await api.http
      .put(`/rounds/${roundId}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: plain.id, chair: true }, { judgeId: secured.id }] })
      .expect(200);
    await api.http
      .post(`/rounds/${roundId}/assignments/automatic`)
      .set(as(organizer))
      .send({ seed: 1 })
      .expect(201);
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    await api.http.post(`/rounds/${roundId}/transitions`).set(as(organizer)).send({ to: 'open' }).expect(200);
  });
  afterAll(() => api.close());

  it('is off by default, set by an organizer through the campaign, and audited', async () => {
    const campaign = await get(organizer, `/campaigns/${setup.campaignId}`).expect(200);
    expect(campaign.body.judgesRequireTwoFactor).toBe(false);
    expect((await get(plain.token, '/judging/assignments').expect(200)).body).toHaveLength(2);

    const res = await requireTwoFactor(true);
    expect(res.body.judgesRequireTwoFactor).toBe(true);
    const [audit] = await api.dataSource.query(
      `SELECT before->>'judgesRequireTwoFactor' AS before, after->>'judgesRequireTwoFactor' AS after
         FROM audit_log WHERE entity_id = $1 AND action = 'campaign.updated' ORDER BY id DESC LIMIT 1`,
      [setup.campaignId],
    );
    expect(audit).toEqual({ before: 'false', after: 'true' });
    const bad = await api.http
      .patch(`/campaigns/${setup.campaignId}`)
      .set(as(organizer))
      .send({ judgesRequireTwoFactor: 'yes' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['judgesRequireTwoFactor']);
  });

  it('refuses a judge without a second factor on the campaign’s judging, saying to enable it', async () => {
    const refused = await get(plain.token, '/judging/assignments').expect(403);
    expect(refused.body.code).toBe('TWO_FACTOR_REQUIRED');
    expect(refused.body.message).toContain('Customer Care Awards');
    expect(refused.body.message).toContain('enable two-factor sign-in');

    const mine = (await get(organizer, `/rounds/${roundId}/assignments`).expect(200)).body.find(
      (a: { judgeId: string }) => a.judgeId === plain.id,
    );
    for (const path of [
      `/judging/assignments/${mine.id}`,
      '/judging/conflicts',
      `/rounds/${roundId}/entrants`,
      `/rounds/${roundId}/results`,
    ]) {
      const res = await get(plain.token, path).expect(403);
      expect(res.body.code).toBe('TWO_FACTOR_REQUIRED');
    }
    await api.http
      .put(`/judging/assignments/${mine.id}/sheet`)
      .set(as(plain.token))
      .send({ values: {} })
      .expect(403);
    // Organizers are not judges: their view of the round is untouched.
    await get(organizer, `/rounds/${roundId}/entrants`).expect(200);
  });

  it('lets a judge in whose token was issued after a second factor', async () => {
    const work = (await get(secured.token, '/judging/assignments').expect(200)).body;
    expect(work).toHaveLength(2);
    await get(secured.token, `/judging/assignments/${work[0].assignmentId}`).expect(200);
    await get(secured.token, '/judging/conflicts').expect(200);

    // Each sign-in of this judge goes through the second factor, and its token carries it.
    const { challenge } = (
      await api.http
        .post('/auth/login')
        .send({ email: secured.account.email, password: secured.account.password })
        .expect(200)
    ).body;
    const signedIn = await api.http
      .post('/auth/login/two-factor')
      .send({ challenge, code: await totpCode(secured.secret) })
      .expect(200);
    await get(signedIn.body.accessToken, '/judging/assignments').expect(200);
  });

  it('lets the plain judge in again once the campaign no longer requires it', async () => {
    await requireTwoFactor(false);
    await get(plain.token, '/judging/assignments').expect(200);
    const [updates] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'campaign.updated' AND entity_id = $1`,
      [setup.campaignId],
    );
    expect(updates.n).toBe(2);
  });
});
