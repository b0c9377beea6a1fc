import { JwtService } from '@nestjs/jwt';
import {
  buildAccount,
  createdStaffUser,
  loginToken,
  organizerToken,
  registeredEnterpriseUser,
  TEST_ENV,
  TEST_ORGANIZER,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

describe('Registration and login', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startFreshTestApi();
  });
  afterAll(() => api.close());

  it('registers an enterprise user, returns a token that works, and never returns the password', async () => {
    const account = buildAccount({ email: '  Mixed.Case@Example.TEST ' });
    const res = await api.http.post('/auth/register').send(account).expect(201);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(res.body.user).toMatchObject({
      email: 'mixed.case@example.test',
      role: 'enterprise',
      status: 'active',
    });
    expect(JSON.stringify(res.body)).not.toContain(account.password);
    expect(JSON.stringify(res.body)).not.toContain('scrypt');

    const me = await api.http
      .get('/auth/me')
      .set('authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(res.body.user.id);

    const [stored] = await api.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [
      res.body.user.id,
    ]);
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('refuses a second account with the same email, whatever its case, with 409 naming the field', async () => {
    const account = buildAccount();
    await api.http.post('/auth/register').send(account).expect(201);
    const res = await api.http
      .post('/auth/register')
      .send({ ...account, email: account.email.toUpperCase() })
      .expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      code: 'EMAIL_TAKEN',
      details: [{ field: 'email' }],
    });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE email = $1`,
      [account.email],
    );
    expect(count).toBe(1);
  });

  it('cannot register as organizer or judge: role is not an accepted field', async () => {
    const res = await api.http
      .post('/auth/register')
      .send({ ...buildAccount(), role: 'organizer' })
      .expect(400);
    expect(res.body.details).toEqual([{ field: 'role', message: 'property role should not exist' }]);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const { account } = await registeredEnterpriseUser(api.http);
    const wrong = await api.http
      .post('/auth/login')
      .send({ email: account.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await api.http
      .post('/auth/login')
      .send({ email: 'nobody@example.test', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'INVALID_CREDENTIALS' });
  });

  it('logs the bootstrap organizer in (created from the environment at start)', async () => {
    const token = await organizerToken(api.http);
    const me = await api.http.get('/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: TEST_ORGANIZER.email, role: 'organizer' });
  });

  describe('tokens', () => {
    const jwt = new JwtService();
    let userId: string;
    beforeAll(async () => {
      userId = (await registeredEnterpriseUser(api.http)).id;
    });

    it('rejects an expired token', async () => {
      const expired = jwt.sign(
        { sub: userId, role: 'enterprise', exp: Math.floor(Date.now() / 1000) - 10 },
        { secret: TEST_ENV.JWT_SECRET, issuer: 'care-awards' },
      );
      const res = await api.http.get('/auth/me').set('authorization', `Bearer ${expired}`).expect(401);
      expect(res.body.message).toMatch(/invalid or expired/);
    });

    it('rejects a token signed with another secret', async () => {
      const forged = jwt.sign(
        { sub: userId, role: 'organizer' },
        { secret: 'x'.repeat(48), issuer: 'care-awards' },
      );
      await api.http.get('/auth/me').set('authorization', `Bearer ${forged}`).expect(401);
    });

    it('rejects an unsigned token (alg none)', async () => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: userId, role: 'organizer', iss: 'care-awards' })}.`;
      await api.http.get('/auth/me').set('authorization', `Bearer ${unsigned}`).expect(401);
    });

    it('rejects a malformed authorization header', async () => {
      await api.http.get('/auth/me').set('authorization', 'Basic dXNlcjpwYXNz').expect(401);
      await api.http.get('/auth/me').set('authorization', 'Bearer').expect(401);
    });

    it('takes the role from the account, not the token: a token claiming organizer gets 403', async () => {
      const claimsOrganizer = jwt.sign(
        { sub: userId, role: 'organizer', tv: 0 },
        { secret: TEST_ENV.JWT_SECRET, issuer: 'care-awards', expiresIn: 600 },
      );
      await api.http.get('/users').set('authorization', `Bearer ${claimsOrganizer}`).expect(403);
    });

    it('stops a disabled user at once, even with a valid token, and lets them back when re-enabled', async () => {
      const organizer = await organizerToken(api.http);
      const judge = await createdStaffUser(api.http, organizer, 'judge');
      await api.http.get('/auth/me').set('authorization', `Bearer ${judge.token}`).expect(200);
      await api.http
        .patch(`/users/${judge.id}/status`)
        .set('authorization', `Bearer ${organizer}`)
        .send({ status: 'disabled' })
        .expect(200);
      await api.http.get('/auth/me').set('authorization', `Bearer ${judge.token}`).expect(401);
      await api.http
        .post('/auth/login')
        .send({ email: judge.account.email, password: judge.account.password })
        .expect(401);
      await api.http
        .patch(`/users/${judge.id}/status`)
        .set('authorization', `Bearer ${organizer}`)
        .send({ status: 'active' })
        .expect(200);
      await loginToken(api.http, judge.account.email, judge.account.password);
    });
  });
});

describe('Rate limiting of login and registration', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startFreshTestApi({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After once a client exceeds the limit', async () => {
    for (let i = 0; i < 3; i++) {
      await api.http
        .post('/auth/login')
        .send({ email: 'someone@example.test', password: 'wrong-password' })
        .expect(401);
    }
    const res = await api.http
      .post('/auth/login')
      .send({ email: 'someone@example.test', password: 'wrong-password' })
      .expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Routes other than login and registration are not limited.
    await api.http.get('/health/live').expect(200);
  });
});
