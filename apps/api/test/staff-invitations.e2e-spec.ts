import { createHash } from 'node:crypto';
import {
  as,
  buildAccount,
  createdStaffUser,
  mailedToken,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

interface StaffInvitation {
  id: string;
  email: string;
  role: string;
  status: string;
  expiresAt: string;
  userId: string | null;
}

describe('Staff invitations', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const invite = (body: Record<string, unknown>, token = organizer) =>
    api.http.post('/staff-invitations').set(as(token)).send(body);
  const accept = (body: Record<string, unknown>) => api.http.post('/auth/invitations/accept').send(body);
  const mails = (to: string) =>
    api.dataSource.query(
      `SELECT template, language, params, recipient_id FROM mail_deliveries WHERE to_address = $1`,
      [to],
    );

  it('invites a judge: the mail carries a link to the account page, only the token’s hash is stored', async () => {
    const email = buildAccount().email;
    const sent = (
      await invite({ email, role: 'judge', displayName: 'Zhang Min', language: 'en' }).expect(201)
    ).body as StaffInvitation;
    expect(sent).toMatchObject({ email, role: 'judge', status: 'pending', userId: null });
    const days = (Date.parse(sent.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const [mail] = await mails(email);
    expect(mail).toMatchObject({ template: 'staff-invitation', language: 'en', recipient_id: null });
    expect(mail.params).toMatchObject({ inviterName: 'Bootstrap organizer', role: 'judge' });
    expect(mail.params.expiresAt).toBe(sent.expiresAt);
    const link = new URL(mail.params.link as string);
    expect(`${link.origin}${link.pathname}`).toBe('http://localhost:3000/account/invitation');
    const token = link.searchParams.get('token') as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await api.dataSource.query(`SELECT token_hash FROM staff_invitations WHERE id = $1`, [
      sent.id,
    ]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await api.dataSource.query(`SELECT * FROM staff_invitations`))).not.toContain(
      token,
    );

    const preview = await api.http.get(`/auth/invitations/${token}`).expect(200);
    expect(preview.body).toEqual({
      email,
      role: 'judge',
      displayName: 'Zhang Min',
      inviterName: 'Bootstrap organizer',
      expiresAt: sent.expiresAt,
    });
  });

  it('accepting creates the account with the role, signs in, proves the address, and works once', async () => {
    const email = buildAccount().email;
    const sent = (await invite({ email, role: 'organizer' }).expect(201)).body as StaffInvitation;
    const token = await mailedToken('staff-invitation', email);
    const password = 'the invitee chose this one';
    const res = await accept({ token, displayName: '  Chen Jing ', password, language: 'zh' }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer' });
    expect(res.body.user).toMatchObject({
      email,
      displayName: 'Chen Jing',
      role: 'organizer',
      emailVerified: true,
    });
    const me = await api.http
      .get('/auth/me')
      .set(as(res.body.accessToken as string))
      .expect(200);
    expect(me.body.id).toBe(res.body.user.id);
    await api.http.post('/auth/login').send({ email, password }).expect(200);
    const [user] = await api.dataSource.query(`SELECT language, created_by FROM users WHERE id = $1`, [
      me.body.id,
    ]);
    expect(user.language).toBe('zh');
    expect(user.created_by).not.toBeNull();

    // Used: the link no longer opens, and the list shows who it became.
    await api.http.get(`/auth/invitations/${token}`).expect(404);
    const again = await accept({ token, displayName: 'Someone', password }).expect(404);
    expect(again.body.code).toBe('INVITATION_LINK_NOT_FOUND');
    const accepted = await api.http.get('/staff-invitations?state=accepted').set(as(organizer)).expect(200);
    expect(accepted.body.items.find((i: StaffInvitation) => i.id === sent.id)).toMatchObject({
      status: 'accepted',
      userId: me.body.id,
    });
    const actions = await api.dataSource.query(
      `SELECT action, actor_id FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY id`,
      [sent.id, me.body.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'staff.invited',
      'user.invitation-accepted',
      'staff.invitation-accepted',
      'auth.login',
    ]);
    expect(actions[2].actor_id).toBe(me.body.id);
  });

  it('answers an unknown, malformed, revoked or expired token with the same 404', async () => {
    const revokedEmail = buildAccount().email;
    const revoked = (await invite({ email: revokedEmail, role: 'judge' }).expect(201))
      .body as StaffInvitation;
    const revokedToken = await mailedToken('staff-invitation', revokedEmail);
    const res = await api.http.post(`/staff-invitations/${revoked.id}/revoke`).set(as(organizer)).expect(200);
    expect(res.body.status).toBe('revoked');
    await api.http.post(`/staff-invitations/${revoked.id}/revoke`).set(as(organizer)).expect(409);

    const expiredEmail = buildAccount().email;
    const expired = (await invite({ email: expiredEmail, role: 'judge' }).expect(201))
      .body as StaffInvitation;
    const expiredToken = await mailedToken('staff-invitation', expiredEmail);
    await api.dataSource.query(
      `UPDATE staff_invitations SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
        WHERE id = $1`,
      [expired.id],
    );

    const bodies = [];
    for (const token of [revokedToken, expiredToken, 'A'.repeat(43), 'not-a-token', '%00']) {
      const peek = await api.http.get(`/auth/invitations/${encodeURIComponent(token)}`).expect(404);
      const used = await accept({ token, displayName: 'X', password: 'long enough password' }).expect(404);
      bodies.push([peek.body.code, peek.body.message, used.body.code]);
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0][0]).toBe('INVITATION_LINK_NOT_FOUND');

    const listed = await api.http.get('/staff-invitations?state=expired').set(as(organizer)).expect(200);
    expect(listed.body.items.map((i: StaffInvitation) => i.id)).toEqual([expired.id]);
    // An expired invitation is replaced by a new one to the same address: a new token, a new week.
    const renewed = (await invite({ email: expiredEmail, role: 'organizer' }).expect(201)).body;
    expect(renewed).toMatchObject({ id: expired.id, role: 'organizer', status: 'pending' });
    expect(await mailedToken('staff-invitation', expiredEmail)).not.toBe(expiredToken);
  });

  it('refuses, naming the field, an address with an account or an open invitation, and bad input', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const enterprise = await registeredEnterpriseUser(api.http, { verified: false });
    for (const email of [judge.account.email, enterprise.account.email.toUpperCase()]) {
      const res = await invite({ email, role: 'judge' }).expect(409);
      expect(res.body).toMatchObject({ code: 'INVITEE_HAS_ACCOUNT' });
      expect(res.body.details).toEqual([{ field: 'email', message: 'already has an account' }]);
    }
    const email = buildAccount().email;
    await invite({ email, role: 'judge' }).expect(201);
    expect((await invite({ email, role: 'organizer' }).expect(409)).body.code).toBe('INVITATION_PENDING');
    expect(
      await api.dataSource.query(`SELECT 1 FROM staff_invitations WHERE email = $1`, [email]),
    ).toHaveLength(1);

    for (const [body, field] of [
      [{ email: 'nope', role: 'judge' }, 'email'],
      [{ email: buildAccount().email, role: 'enterprise' }, 'role'],
      [{ email: buildAccount().email, role: 'judge', language: 'fr' }, 'language'],
    ] as const) {
      const res = await invite(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const token = await mailedToken('staff-invitation', email);
    const weak = await accept({ token, displayName: 'Wu', password: 'short' }).expect(400);
    expect(weak.body.details.map((d: { field: string }) => d.field)).toEqual(['password']);
    // Nothing was used up by the refused attempt.
    await api.http.get(`/auth/invitations/${token}`).expect(200);
  });

  it('is for organizers only', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    await invite({ email: buildAccount().email, role: 'judge' }, judge.token).expect(403);
    await api.http.get('/staff-invitations').set(as(judge.token)).expect(403);
    await api.http.get('/staff-invitations').expect(401);
  });

  it('lets an outer transaction take the invitation back: nothing is left, not even the mail', async () => {
    const { StaffInvitationsService } = await import('@app/identity');
    const { Transactions } = await import('@app/database');
    const service = api.app.get(StaffInvitationsService);
    const transactions = api.app.get(Transactions);
    const [org] = await api.dataSource.query(`SELECT id FROM users WHERE role = 'organizer' LIMIT 1`);
    const actor = { userId: org.id as string, role: 'organizer' as const, requestId: 'bulk', ip: null };
    const emails = [buildAccount().email, buildAccount().email];
    await expect(
      transactions.run(async () => {
        for (const email of emails) await service.invite({ email, role: 'judge', language: 'en' }, actor);
        throw new Error('the import found a bad row');
      }),
    ).rejects.toThrow('the import found a bad row');
    for (const email of emails) expect(await mails(email)).toEqual([]);
    await transactions.run(async () => {
      for (const email of emails) await service.invite({ email, role: 'judge' }, actor);
    });
    for (const email of emails) expect(await mails(email)).toHaveLength(1);
  });
});
