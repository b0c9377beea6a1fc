import { JwtService } from '@nestjs/jwt';
import {
  createdStaffUser,
  loginToken,
  organizerToken,
  registeredEnterpriseUser,
  TEST_ENV,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startTestApi } from './test-apps';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const NEW_PASSWORD = 'an entirely new passphrase';

describe('Password change and token versions', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const me = (token: string) => api.http.get('/auth/me').set(bearer(token));
  const changePassword = (token: string, currentPassword: string, newPassword: string) =>
    api.http.post('/auth/password').set(bearer(token)).send({ currentPassword, newPassword });

  it('changes the password: the old token and password stop working, the new ones work, audited', async () => {
    const user = await registeredEnterpriseUser(api.http);
    const other = await loginToken(api.http, user.account.email, user.account.password);
    const res = await changePassword(user.token, user.account.password, NEW_PASSWORD).expect(200);
    expect(res.body.user).toMatchObject({ id: user.id });
    expect(JSON.stringify(res.body)).not.toContain(NEW_PASSWORD);

    for (const old of [user.token, other]) {
      const refused = await me(old).expect(401);
      expect(refused.body.message).toMatch(/sign in again/);
    }
    await me(res.body.accessToken).expect(200);
    await api.http
      .post('/auth/login')
      .send({ email: user.account.email, password: user.account.password })
      .expect(401);
    await me(await loginToken(api.http, user.account.email, NEW_PASSWORD)).expect(200);
    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'user.password-changed'`,
      [user.id],
    );
    expect(actions).toHaveLength(1);
  });

  it('refuses a wrong current password with a 400 naming it, changes nothing, and audits the attempt', async () => {
    const user = await registeredEnterpriseUser(api.http);
    const res = await changePassword(user.token, 'not the current password', NEW_PASSWORD).expect(400);
    expect(res.body.details).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    await me(user.token).expect(200);
    await loginToken(api.http, user.account.email, user.account.password);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'auth.password-change-failed'`,
      [user.id],
    );
    expect(n).toBe(1);
  });

  it('applies the registration policy to the new password, naming the field', async () => {
    const user = await registeredEnterpriseUser(api.http);
    for (const body of [
      { currentPassword: user.account.password, newPassword: 'short' },
      { currentPassword: user.account.password, newPassword: 'x'.repeat(201) },
      { currentPassword: user.account.password, newPassword: user.account.password },
      { currentPassword: user.account.password },
    ]) {
      const res = await api.http.post('/auth/password').set(bearer(user.token)).send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['newPassword']);
    }
    await me(user.token).expect(200);
  });

  it('needs a token to change a password', async () => {
    await api.http
      .post('/auth/password')
      .send({ currentPassword: 'whatever-it-is', newPassword: NEW_PASSWORD })
      .expect(401);
  });

  it('refuses the tokens of a disabled user, also after re-enabling', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const setStatus = (status: string) =>
      api.http.patch(`/users/${judge.id}/status`).set(bearer(organizer)).send({ status }).expect(200);
    await setStatus('disabled');
    await me(judge.token).expect(401);
    await setStatus('active');
    await me(judge.token).expect(401);
    await me(await loginToken(api.http, judge.account.email, judge.account.password)).expect(200);
  });

  it('refuses the tokens of a user whose role changed; a new sign-in carries the new role', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const res = await api.http
      .patch(`/users/${judge.id}/role`)
      .set(bearer(organizer))
      .send({ role: 'organizer' })
      .expect(200);
    expect(res.body.role).toBe('organizer');
    await me(judge.token).expect(401);
    const promoted = await loginToken(api.http, judge.account.email, judge.account.password);
    await api.http.get('/users').set(bearer(promoted)).expect(200);
    const [audit] = await api.dataSource.query(
      `SELECT before->>'role' AS before, after->>'role' AS after FROM audit_log
        WHERE entity_id = $1 AND action = 'user.role-changed'`,
      [judge.id],
    );
    expect(audit).toEqual({ before: 'judge', after: 'organizer' });
  });

  it('keeps enterprise accounts and the caller’s own account out of role changes', async () => {
    const enterprise = await registeredEnterpriseUser(api.http);
    await api.http
      .patch(`/users/${enterprise.id}/role`)
      .set(bearer(organizer))
      .send({ role: 'organizer' })
      .expect(409);
    const self = (await me(organizer).expect(200)).body.id as string;
    await api.http.patch(`/users/${self}/role`).set(bearer(organizer)).send({ role: 'judge' }).expect(409);
    const bad = await api.http
      .patch(`/users/${enterprise.id}/role`)
      .set(bearer(organizer))
      .send({ role: 'enterprise' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['role']);
    await me(enterprise.token).expect(200);
  });

  it('refuses a signed token without the current version (older token formats included)', async () => {
    const user = await registeredEnterpriseUser(api.http);
    const jwt = new JwtService();
    const sign = (claims: object) =>
      jwt.sign(claims, { secret: TEST_ENV.JWT_SECRET, issuer: 'care-awards', expiresIn: 600 });
    await me(sign({ sub: user.id, role: 'enterprise', tv: 0 })).expect(200);
    await me(sign({ sub: user.id, role: 'enterprise' })).expect(401);
    await me(sign({ sub: user.id, role: 'enterprise', tv: 1 })).expect(401);
    await me(sign({ sub: user.id, role: 'enterprise', tv: '0' })).expect(401);
  });

  it('puts the queue dashboard session cookie through the same check', async () => {
    const staff = await createdStaffUser(api.http, organizer, 'organizer');
    await api.http.post('/admin/session').set(bearer(staff.token)).expect(204);
    const cookie = `care_admin=${staff.token}`;
    await api.http.get('/admin/queues/api/queues').set('cookie', cookie).expect(200);
    await api.http
      .patch(`/users/${staff.id}/role`)
      .set(bearer(organizer))
      .send({ role: 'judge' })
      .expect(200);
    await api.http.get('/admin/queues/api/queues').set('cookie', cookie).expect(401);
  });
});

describe('Password change rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After once a client exceeds the login limit', async () => {
    const user = await registeredEnterpriseUser(api.http);
    for (let i = 0; i < 3; i++) {
      await api.http
        .post('/auth/password')
        .set(bearer(user.token))
        .send({ currentPassword: 'wrong current password', newPassword: NEW_PASSWORD })
        .expect(400);
    }
    const res = await api.http
      .post('/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: user.account.password, newPassword: NEW_PASSWORD })
      .expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
