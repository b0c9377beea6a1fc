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

describe('Email verification', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startFreshTestApi();
  });
  afterAll(() => api.close());

  const verify = (token: string) => api.http.post('/auth/verify-email').send({ token });

  it('mails a link on registration and refuses to create an enterprise until it is opened', async () => {
    const account = buildAccount();
    const registered = await api.http.post('/auth/register').send(account).expect(201);
    const token = registered.body.accessToken as string;
    expect(registered.body.user.emailVerified).toBe(false);

    const [mail] = await api.dataSource.query(
      `SELECT template, params, recipient_id FROM mail_deliveries WHERE to_address = $1`,
      [account.email],
    );
    expect(mail).toMatchObject({ template: 'email-verification', recipient_id: registered.body.user.id });
    expect(mail.params.displayName).toBe(account.displayName);
    const link = new URL(mail.params.link as string);
    expect(link.pathname).toBe('/account/verify-email');

    const refused = await api.http.post('/enterprises').set(as(token)).send(buildEnterprise()).expect(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
    expect(refused.body.message).toContain('Confirm your email address');
    const zh = await api.http
      .post('/enterprises')
      .set(as(token))
      .set('accept-language', 'zh-CN,zh;q=0.9')
      .send(buildEnterprise());
    expect(zh.status).toBe(403);
    expect(await api.dataSource.query(`SELECT 1 FROM enterprises`)).toEqual([]);

    const verified = await verify(link.searchParams.get('token') as string).expect(200);
    expect(verified.body).toMatchObject({ email: account.email, displayName: account.displayName });
    const me = await api.http.get('/auth/me').set(as(token)).expect(200);
    expect(me.body.emailVerified).toBe(true);
    await api.http.post('/enterprises').set(as(token)).send(buildEnterprise()).expect(201);

    // Single use; a second click is the same 404 as a token never issued.
    const again = await verify(link.searchParams.get('token') as string).expect(404);
    const unknown = await verify('B'.repeat(43)).expect(404);
    expect(again.body.code).toBe('VERIFICATION_LINK_NOT_FOUND');
    expect(unknown.body).toMatchObject({ code: again.body.code, message: again.body.message });
    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'user.email%' ORDER BY id`,
      [registered.body.user.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'user.email-verification-sent',
      'user.email-verified',
    ]);
  });

  it('expires a link after 48 hours', async () => {
    const user = await registeredEnterpriseUser(api.http, { verified: false });
    const token = await mailedToken('email-verification', user.account.email);
    const [row] = await api.dataSource.query(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM email_verifications WHERE user_id = $1`,
      [user.id],
    );
    expect(row.seconds).toBe(48 * 3600);
    await api.dataSource.query(
      `UPDATE email_verifications SET created_at = now() - interval '49 hours', expires_at = now() - interval '1 hour'
        WHERE user_id = $1`,
      [user.id],
    );
    await verify(token).expect(404);
    await api.http.post('/enterprises').set(as(user.token)).send(buildEnterprise()).expect(403);
  });

  it('resends a new link to a signed-in user; the older one works until it expires', async () => {
    const user = await registeredEnterpriseUser(api.http, { verified: false });
    const first = await mailedToken('email-verification', user.account.email);
    await api.http.post('/auth/verify-email/resend').expect(401);
    await api.http.post('/auth/verify-email/resend').set(as(user.token)).expect(202);
    const rows = await api.dataSource.query(
      `SELECT params->>'link' AS link FROM mail_deliveries WHERE to_address = $1`,
      [user.account.email],
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r: { link: string }) => r.link)).size).toBe(2);
    await verify(first).expect(200);
    const done = await api.http.post('/auth/verify-email/resend').set(as(user.token)).expect(409);
    expect(done.body.code).toBe('EMAIL_ALREADY_VERIFIED');
  });

  it('counts accounts an organizer created, and the bootstrap organizer, as verified', async () => {
    const organizer = await organizerToken(api.http);
    expect((await api.http.get('/auth/me').set(as(organizer)).expect(200)).body.emailVerified).toBe(true);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    expect((await api.http.get('/auth/me').set(as(judge.token)).expect(200)).body.emailVerified).toBe(true);
  });

  it('names the field of a malformed request', async () => {
    const res = await api.http.post('/auth/verify-email').send({}).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['token']);
  });
});
