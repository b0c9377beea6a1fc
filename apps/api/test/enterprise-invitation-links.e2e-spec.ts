import {
  as,
  buildAccount,
  buildEnterprise,
  createdStaffUser,
  mailedToken,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

describe('Enterprise invitations by emailed link', () => {
  let api: TestApi;
  let organizer: string;
  let admin: Awaited<ReturnType<typeof registeredEnterpriseUser>>;
  let enterpriseId: string;
  let legalName: string;
  let legalNameZh: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    admin = await registeredEnterpriseUser(api.http);
    const profile = buildEnterprise();
    legalName = profile.legalName;
    legalNameZh = profile.legalNameZh as string;
    enterpriseId = (await api.http.post('/enterprises').set(as(admin.token)).send(profile).expect(201)).body
      .id;
  });
  afterAll(() => api.close());

  const invite = (email: string) =>
    api.http
      .post(`/enterprises/${enterpriseId}/invitations`)
      .set(as(admin.token))
      .send({ email })
      .expect(202);
  const peek = (token: string) =>
    api.http.get(`/enterprise-invitations/by-token/${encodeURIComponent(token)}`);
  const accept = (body: Record<string, unknown>) =>
    api.http.post('/enterprise-invitations/accept-by-token').send(body);
  const members = async () =>
    (await api.http.get(`/enterprises/${enterpriseId}/members`).set(as(admin.token)).expect(200)).body as {
      userId: string;
      role: string;
    }[];

  it('mails the link; a new address chooses a name and password, becomes a member and is signed in', async () => {
    const email = buildAccount().email;
    const sent = (await invite(email)).body;
    expect(sent).toMatchObject({ email, role: 'member', status: 'pending' });
    const [mail] = await api.dataSource.query(
      `SELECT template, params FROM mail_deliveries WHERE to_address = $1`,
      [email],
    );
    expect(mail.template).toBe('member-invitation');
    // In the inviter's language, Chinese until they choose: the enterprise's Chinese name.
    expect(mail.params).toMatchObject({
      enterpriseName: legalNameZh,
      inviterName: admin.account.displayName,
      expiresAt: sent.expiresAt,
    });
    expect(new URL(mail.params.link as string).pathname).toBe('/account/enterprise-invitation');
    const token = await mailedToken('member-invitation', email);

    expect((await peek(token).expect(200)).body).toEqual({
      enterpriseName: legalName,
      enterpriseNameZh: legalNameZh,
      email,
      role: 'member',
      expiresAt: sent.expiresAt,
      accountExists: false,
    });
    const nameless = await accept({ token, password: 'a password of my own' }).expect(400);
    expect(nameless.body.details).toEqual([
      { field: 'displayName', message: 'is required for a new account' },
    ]);

    const res = await accept({ token, displayName: 'Liu Yang', password: 'a password of my own' }).expect(
      200,
    );
    expect(res.body.user).toMatchObject({ email, role: 'enterprise', emailVerified: true });
    const token2 = res.body.accessToken as string;
    expect((await api.http.get('/auth/me').set(as(token2)).expect(200)).body.email).toBe(email);
    expect(await members()).toContainEqual(
      expect.objectContaining({ userId: res.body.user.id, role: 'member' }),
    );
    // A verified address: they may register an enterprise of their own at once.
    await api.http.post('/enterprises').set(as(token2)).send(buildEnterprise()).expect(201);

    await peek(token).expect(404);
    expect(
      (await accept({ token, displayName: 'X', password: 'a password of my own' }).expect(404)).body.code,
    ).toBe('INVITATION_LINK_NOT_FOUND');
  });

  it('an existing account accepts with its own password, and its address counts as proved', async () => {
    const invitee = await registeredEnterpriseUser(api.http, { verified: false });
    await invite(invitee.account.email);
    const token = await mailedToken('member-invitation', invitee.account.email);
    expect((await peek(token).expect(200)).body.accountExists).toBe(true);

    const wrong = await accept({ token, password: 'not the password of that account' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect((await members()).map((m) => m.userId)).not.toContain(invitee.id);

    const res = await accept({ token, password: invitee.account.password, displayName: 'ignored' }).expect(
      200,
    );
    expect(res.body.user).toMatchObject({ id: invitee.id, displayName: invitee.account.displayName });
    expect(res.body.user.emailVerified).toBe(true);
    expect((await members()).map((m) => m.userId)).toContain(invitee.id);
  });

  it('answers an unknown, renewed-away, declined or revoked link with the same 404', async () => {
    const renewed = buildAccount().email;
    await invite(renewed);
    const old = await mailedToken('member-invitation', renewed);
    await invite(renewed);
    const fresh = await mailedToken('member-invitation', renewed);
    expect(fresh).not.toBe(old);
    await peek(fresh).expect(200);

    const revokedEmail = buildAccount().email;
    const revoked = (await invite(revokedEmail)).body;
    const revokedToken = await mailedToken('member-invitation', revokedEmail);
    await api.http
      .post(`/enterprises/${enterpriseId}/invitations/${revoked.id}/revoke`)
      .set(as(admin.token))
      .expect(200);

    const decliner = await registeredEnterpriseUser(api.http);
    const declined = (await invite(decliner.account.email)).body;
    const declinedToken = await mailedToken('member-invitation', decliner.account.email);
    await api.http.post(`/me/invitations/${declined.id}/decline`).set(as(decliner.token)).expect(200);

    const answers = new Set<string>();
    for (const token of [old, revokedToken, declinedToken, 'C'.repeat(43), 'short']) {
      const a = await peek(token).expect(404);
      const b = await accept({ token, displayName: 'X', password: 'long enough password' }).expect(404);
      answers.add(JSON.stringify([a.body.code, a.body.message, b.body.code]));
    }
    expect(answers.size).toBe(1);
  });

  it('refuses a judge’s or organizer’s address: staff accounts do not join enterprises', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    await invite(judge.account.email);
    const token = await mailedToken('member-invitation', judge.account.email);
    const res = await accept({ token, password: judge.account.password }).expect(409);
    expect(res.body.code).toBe('INVITATION_NOT_FOR_STAFF');
    await peek(token).expect(200);
  });

  it('lets an organizer invite an enterprise’s contact as its admin', async () => {
    const email = buildAccount().email;
    const res = await api.http
      .post(`/enterprises/${enterpriseId}/contact-invitation`)
      .set(as(organizer))
      .send({ email, language: 'en' })
      .expect(202);
    expect(res.body).toMatchObject({ email, role: 'admin', status: 'pending' });
    const [mail] = await api.dataSource.query(
      `SELECT language, params FROM mail_deliveries WHERE to_address = $1`,
      [email],
    );
    expect(mail.language).toBe('en');
    expect(mail.params.inviterName).toBe('Bootstrap organizer');
    const token = await mailedToken('member-invitation', email);
    const accepted = await accept({
      token,
      displayName: 'Contact',
      password: 'contact password here',
    }).expect(200);
    expect(await members()).toContainEqual(
      expect.objectContaining({ userId: accepted.body.user.id, role: 'admin' }),
    );

    await api.http
      .post(`/enterprises/${enterpriseId}/contact-invitation`)
      .set(as(admin.token))
      .send({ email: buildAccount().email })
      .expect(403);
    await api.http
      .post(`/enterprises/00000000-0000-4000-8000-000000000000/contact-invitation`)
      .set(as(organizer))
      .send({ email: buildAccount().email })
      .expect(404);
    const bad = await api.http
      .post(`/enterprises/${enterpriseId}/contact-invitation`)
      .set(as(organizer))
      .send({ email: 'nope' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['email']);
  });

  it('inviteContact joins an outer transaction: a rollback leaves no invitation and no mail', async () => {
    const { InvitationsService } = await import('@app/enterprises');
    const { Transactions } = await import('@app/database');
    const service = api.app.get(InvitationsService);
    const transactions = api.app.get(Transactions);
    const [org] = await api.dataSource.query(`SELECT id FROM users WHERE role = 'organizer' LIMIT 1`);
    const actor = { userId: org.id as string, role: 'organizer' as const, requestId: 'import', ip: null };
    const email = buildAccount().email;
    await expect(
      transactions.run(async () => {
        await service.inviteContact(enterpriseId, { email, language: 'zh' }, actor);
        throw new Error('a later row is bad');
      }),
    ).rejects.toThrow('a later row is bad');
    const left = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM enterprise_invitations WHERE email = $1)::int AS invitations,
              (SELECT count(*) FROM mail_deliveries WHERE to_address = $1)::int AS mails`,
      [email],
    );
    expect(left[0]).toEqual({ invitations: 0, mails: 0 });
  });
});
