import {
  buildAccount,
  buildEnterprise,
  createdStaffUser,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
  verifyEmail,
} from '@app/testing';
import { startFreshTestApi, startTestApi } from './test-apps';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Invitation {
  id: string;
  enterpriseId: string;
  email: string;
  status: string;
  invitedAt: string;
  expiresAt: string;
  respondedAt: string | null;
}

describe('Enterprise invitations', () => {
  let api: TestApi;
  let admin: Awaited<ReturnType<typeof registeredEnterpriseUser>>;
  let enterpriseId: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    admin = await registeredEnterpriseUser(api.http);
    enterpriseId = (
      await api.http.post('/enterprises').set(bearer(admin.token)).send(buildEnterprise()).expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const invite = (email: string, token = admin.token, id = enterpriseId) =>
    api.http.post(`/enterprises/${id}/invitations`).set(bearer(token)).send({ email });
  const received = async (token: string): Promise<(Invitation & { enterpriseName: string })[]> =>
    (await api.http.get('/me/invitations').set(bearer(token)).expect(200)).body;
  const memberIds = async () =>
    (
      await api.http.get(`/enterprises/${enterpriseId}/members`).set(bearer(admin.token)).expect(200)
    ).body.map((m: { userId: string }) => m.userId);
  const auditActions = async (invitationId: string): Promise<string[]> =>
    (
      await api.dataSource.query(
        `SELECT action FROM audit_log WHERE after->>'invitationId' = $1 ORDER BY occurred_at, id`,
        [invitationId],
      )
    ).map((r: { action: string }) => r.action);

  it('shows and lets answer an invitation only to an account that proved its address', async () => {
    // Someone registers with a contact's published address and never opens the verification link.
    const squatter = await registeredEnterpriseUser(api.http, { verified: false });
    const res = await invite(squatter.account.email);
    expect(res.status).toBe(202);
    const [invitation]: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM enterprise_invitations WHERE email = $1`,
      [squatter.account.email.toLowerCase()],
    );
    for (const call of [
      api.http.get('/me/invitations'),
      api.http.post(`/me/invitations/${invitation.id}/accept`),
      api.http.post(`/me/invitations/${invitation.id}/decline`),
    ]) {
      const answer = await call.set(bearer(squatter.token));
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('EMAIL_NOT_VERIFIED');
    }
    expect(await memberIds()).not.toContain(squatter.id);
    const [{ status }] = await api.dataSource.query(
      `SELECT status FROM enterprise_invitations WHERE id = $1`,
      [invitation.id],
    );
    expect(status).toBe('pending');
  });

  it('answers a registered, an unregistered and a staff address alike, and adds nobody', async () => {
    const organizer = await organizerToken(api.http);
    const known = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const answers = [];
    for (const email of [known.account.email, buildAccount().email, judge.account.email]) {
      const res = await invite(email);
      answers.push({
        status: res.status,
        keys: Object.keys(res.body).sort(),
        invitation: res.body.status,
        lifetime: Date.parse(res.body.expiresAt) - Date.parse(res.body.invitedAt),
      });
    }
    expect(answers[0]).toMatchObject({ status: 202, invitation: 'pending', lifetime: 14 * 24 * 3600 * 1000 });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await memberIds()).toEqual([admin.id]);
  });

  it('shows the invitation to the invitee, who becomes a member only on accepting, all audited', async () => {
    const colleague = await registeredEnterpriseUser(api.http);
    const sent = (await invite(colleague.account.email).expect(202)).body as Invitation;
    expect(await memberIds()).not.toContain(colleague.id);
    await api.http
      .patch(`/enterprises/${enterpriseId}`)
      .set(bearer(colleague.token))
      .send({ seats: 3 })
      .expect(404);

    const [seen] = await received(colleague.token);
    expect(seen).toMatchObject({
      id: sent.id,
      enterpriseId,
      status: 'pending',
      enterpriseName: expect.any(String),
    });

    const accepted = await api.http
      .post(`/me/invitations/${sent.id}/accept`)
      .set(bearer(colleague.token))
      .expect(200);
    expect(accepted.body).toMatchObject({ id: sent.id, status: 'accepted', respondedAt: expect.any(String) });
    expect(await memberIds()).toContain(colleague.id);
    expect(await received(colleague.token)).toEqual([]);
    expect(await auditActions(sent.id)).toEqual([
      'enterprise.invited',
      'enterprise.member-added',
      'enterprise.invitation-accepted',
    ]);
    // A member who is not an admin cannot invite.
    await invite(buildAccount().email, colleague.token).expect(403);
  });

  it('waits for an account registered later with the invited address (in any case)', async () => {
    const account = buildAccount();
    const sent = (await invite(account.email).expect(202)).body as Invitation;
    const res = await api.http
      .post('/auth/register')
      .send({ ...account, email: account.email.toUpperCase() })
      .expect(201);
    const token = res.body.accessToken as string;
    await verifyEmail(api.http, account.email);
    expect((await received(token)).map((i) => i.id)).toEqual([sent.id]);
    await api.http.post(`/me/invitations/${sent.id}/accept`).set(bearer(token)).expect(200);
    expect(await memberIds()).toContain(res.body.user.id);
  });

  it('lets nobody but the invitee answer: others get 404 and the invitation stays open', async () => {
    const invitee = await registeredEnterpriseUser(api.http);
    const stranger = await registeredEnterpriseUser(api.http);
    const sent = (await invite(invitee.account.email).expect(202)).body as Invitation;
    for (const token of [stranger.token, admin.token]) {
      await api.http.post(`/me/invitations/${sent.id}/accept`).set(bearer(token)).expect(404);
      await api.http.post(`/me/invitations/${sent.id}/decline`).set(bearer(token)).expect(404);
    }
    expect(await received(stranger.token)).toEqual([]);
    expect(await memberIds()).not.toContain(stranger.id);
    expect((await received(invitee.token)).map((i) => i.id)).toEqual([sent.id]);
  });

  it('refuses an expired invitation, and renews it when the admin invites again', async () => {
    const invitee = await registeredEnterpriseUser(api.http);
    const sent = (await invite(invitee.account.email).expect(202)).body as Invitation;
    await api.dataSource.query(
      `UPDATE enterprise_invitations
          SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [sent.id],
    );
    expect(await received(invitee.token)).toEqual([]);
    const refused = await api.http
      .post(`/me/invitations/${sent.id}/accept`)
      .set(bearer(invitee.token))
      .expect(409);
    expect(refused.body.message).toMatch(/expired/);
    const listed = await api.http
      .get(`/enterprises/${enterpriseId}/invitations`)
      .set(bearer(admin.token))
      .expect(200);
    expect(listed.body.find((i: Invitation) => i.id === sent.id).status).toBe('expired');
    expect(await memberIds()).not.toContain(invitee.id);

    const renewed = (await invite(invitee.account.email).expect(202)).body as Invitation;
    expect(renewed.id).toBe(sent.id);
    await api.http.post(`/me/invitations/${sent.id}/accept`).set(bearer(invitee.token)).expect(200);
    expect(await auditActions(sent.id)).toContain('enterprise.invitation-renewed');
  });

  it('refuses a revoked invitation; only an admin of the enterprise revokes, once', async () => {
    const invitee = await registeredEnterpriseUser(api.http);
    const other = await registeredEnterpriseUser(api.http);
    const sent = (await invite(invitee.account.email).expect(202)).body as Invitation;
    const revoke = (token: string) =>
      api.http.post(`/enterprises/${enterpriseId}/invitations/${sent.id}/revoke`).set(bearer(token));
    await revoke(other.token).expect(404);
    const revoked = await revoke(admin.token).expect(200);
    expect(revoked.body.status).toBe('revoked');
    await revoke(admin.token).expect(409);
    expect(await received(invitee.token)).toEqual([]);
    const refused = await api.http
      .post(`/me/invitations/${sent.id}/accept`)
      .set(bearer(invitee.token))
      .expect(409);
    expect(refused.body.message).toMatch(/revoked/);
    expect(await memberIds()).not.toContain(invitee.id);
    expect(await auditActions(sent.id)).toEqual(['enterprise.invited', 'enterprise.invitation-revoked']);
  });

  it('records a declined invitation, which can then not be accepted', async () => {
    const invitee = await registeredEnterpriseUser(api.http);
    const sent = (await invite(invitee.account.email).expect(202)).body as Invitation;
    const declined = await api.http
      .post(`/me/invitations/${sent.id}/decline`)
      .set(bearer(invitee.token))
      .expect(200);
    expect(declined.body.status).toBe('declined');
    await api.http.post(`/me/invitations/${sent.id}/accept`).set(bearer(invitee.token)).expect(409);
    expect(await memberIds()).not.toContain(invitee.id);
    expect(await auditActions(sent.id)).toEqual(['enterprise.invited', 'enterprise.invitation-declined']);
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const count = async () =>
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM enterprise_invitations`))[0].n;
    const before = await count();
    for (const body of [{ email: 'not-an-address' }, {}, { email: `${'a'.repeat(250)}@example.test` }]) {
      const res = await api.http
        .post(`/enterprises/${enterpriseId}/invitations`)
        .set(bearer(admin.token))
        .send(body)
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('email');
    }
    await api.http.post('/me/invitations/not-a-uuid/accept').set(bearer(admin.token)).expect(400);
    expect(await count()).toBe(before);
  });

  it('keeps other enterprises’ invitations out of reach, and refuses inviting a member', async () => {
    const outsider = await registeredEnterpriseUser(api.http);
    await invite(buildAccount().email, outsider.token).expect(404);
    await api.http.get(`/enterprises/${enterpriseId}/invitations`).set(bearer(outsider.token)).expect(404);
    await invite(admin.account.email).expect(409);
  });
});

describe('Invitation rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('limits invitations per inviter with 429 and Retry-After, leaving other inviters free', async () => {
    const enterpriseOf = async () => {
      const user = await registeredEnterpriseUser(api.http);
      const res = await api.http
        .post('/enterprises')
        .set(bearer(user.token))
        .send(buildEnterprise())
        .expect(201);
      return { token: user.token, id: res.body.id as string };
    };
    const [first, second] = [await enterpriseOf(), await enterpriseOf()];
    const invite = (who: { token: string; id: string }) =>
      api.http
        .post(`/enterprises/${who.id}/invitations`)
        .set(bearer(who.token))
        .send({ email: buildAccount().email });
    for (let i = 0; i < 20; i++) await invite(first).expect(202);
    const limited = await invite(first).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await invite(second).expect(202);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM enterprise_invitations WHERE enterprise_id = $1`,
      [first.id],
    );
    expect(n).toBe(20);
  });
});
