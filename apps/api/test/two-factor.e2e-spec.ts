import {
  as,
  createdStaffUser,
  organizerToken,
  passwordResetToken,
  registeredEnterpriseUser,
  TestApi,
  totpCode,
  twoFactorStaffUser,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

describe('Two-factor sign-in', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const login = (email: string, password: string) =>
    api.http.post('/auth/login').send({ email, password }).expect(200);
  const secondFactor = (challenge: string, factor: { code?: string; recoveryCode?: string }) =>
    api.http.post('/auth/login/two-factor').send({ challenge, ...factor });
  const me = (token: string) => api.http.get('/auth/me').set(as(token));
  const status = async (token: string) =>
    (await api.http.get('/auth/two-factor').set(as(token)).expect(200)).body;

  it('enrols: secret, otpauth URI and QR code; a code confirms it; recovery codes are shown once', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    expect(await status(judge.token)).toMatchObject({ enabled: false, pending: false });
    const setup = await api.http.post('/auth/two-factor/setup').set(as(judge.token)).expect(200);
    const { secret, otpauthUri, qrCodeSvg } = setup.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Care%20Awards:/);
    expect(new URL(otpauthUri).searchParams.get('secret')).toBe(secret);
    expect(qrCodeSvg).toMatch(/^<svg /);
    expect(await status(judge.token)).toMatchObject({ enabled: false, pending: true });
    // Still a plain login until the first code confirms the authenticator.
    expect((await login(judge.account.email, judge.account.password)).body.accessToken).toBeDefined();

    const wrong = await api.http
      .post('/auth/two-factor/enable')
      .set(as(judge.token))
      .send({ code: '000000' === (await totpCode(secret)) ? '111111' : '000000' })
      .expect(400);
    expect(wrong.body).toMatchObject({ code: 'INVALID_TWO_FACTOR_CODE', details: [{ field: 'code' }] });
    const malformed = await api.http
      .post('/auth/two-factor/enable')
      .set(as(judge.token))
      .send({ code: '12a' })
      .expect(400);
    expect(malformed.body.details.map((d: { field: string }) => d.field)).toEqual(['code']);

    const enabled = await api.http
      .post('/auth/two-factor/enable')
      .set(as(judge.token))
      .send({ code: await totpCode(secret) })
      .expect(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
    // The sessions opened without the second factor end; the answer's token carries it.
    await me(judge.token).expect(401);
    expect(await status(enabled.body.accessToken)).toMatchObject({
      enabled: true,
      pending: false,
      recoveryCodesLeft: 10,
      thisSessionSecondFactor: true,
    });
    await api.http.post('/auth/two-factor/setup').set(as(enabled.body.accessToken)).expect(409);

    // At rest: the secret sealed, the recovery codes hashed.
    const [row] = await api.dataSource.query(
      `SELECT secret_encrypted FROM user_two_factor WHERE user_id = $1`,
      [judge.id],
    );
    expect(row.secret_encrypted).not.toContain(secret);
    const hashes: { code_hash: string }[] = await api.dataSource.query(
      `SELECT code_hash FROM user_recovery_codes WHERE user_id = $1`,
      [judge.id],
    );
    expect(hashes).toHaveLength(10);
    const stored = JSON.stringify(hashes);
    for (const code of enabled.body.recoveryCodes as string[]) {
      expect(stored).not.toContain(code.replace('-', ''));
    }
    const actions = (
      await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [judge.id])
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.two-factor-setup-started', 'user.two-factor-enabled']),
    );
  });

  it('asks a two-factor account for a code after the password; a code is accepted once', async () => {
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const first = await login(judge.account.email, judge.account.password);
    expect(first.body).toEqual({ twoFactorRequired: true, challenge: expect.any(String) });
    // The challenge grants nothing by itself.
    await me(first.body.challenge).expect(401);

    const code = await totpCode(judge.secret);
    const signedIn = await secondFactor(first.body.challenge, { code }).expect(200);
    expect(signedIn.body).toMatchObject({ tokenType: 'Bearer', user: { id: judge.id } });
    expect((await status(signedIn.body.accessToken)).thisSessionSecondFactor).toBe(true);

    // The same code again, even with a fresh challenge, is refused.
    const second = await login(judge.account.email, judge.account.password);
    const replay = await secondFactor(second.body.challenge, { code }).expect(400);
    expect(replay.body).toMatchObject({ code: 'INVALID_TWO_FACTOR_CODE', details: [{ field: 'code' }] });
    await secondFactor(second.body.challenge, { code: await totpCode(judge.secret, 1) }).expect(200);

    const bad = await secondFactor('not-a-challenge', { code: '123456' }).expect(401);
    expect(bad.body.code).toBe('INVALID_TWO_FACTOR_CHALLENGE');
    const missing = await secondFactor(second.body.challenge, {}).expect(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['code']);

    const [audit] = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'auth.login' ORDER BY id DESC LIMIT 1`,
      [judge.id],
    );
    expect(audit.after).toEqual({ secondFactor: 'totp' });
  });

  it('takes each recovery code once in place of a code', async () => {
    const organizerWith2fa = await twoFactorStaffUser(api.http, organizer, 'organizer');
    const [code, other] = organizerWith2fa.recoveryCodes;
    const { challenge } = (await login(organizerWith2fa.account.email, organizerWith2fa.account.password))
      .body;
    const ok = await secondFactor(challenge, { recoveryCode: code.toLowerCase() }).expect(200);
    await api.http.get('/users').set(as(ok.body.accessToken)).expect(200);
    const again = await secondFactor(challenge, { recoveryCode: code }).expect(400);
    expect(again.body.details).toEqual([{ field: 'recoveryCode', message: expect.any(String) }]);
    await secondFactor(challenge, { recoveryCode: other }).expect(200);
    expect((await status(ok.body.accessToken)).recoveryCodesLeft).toBe(8);
    const used = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'auth.recovery-code-used' ORDER BY id`,
      [organizerWith2fa.id],
    );
    expect(used.map((r: { after: unknown }) => r.after)).toEqual([
      { recoveryCodesLeft: 9 },
      { recoveryCodesLeft: 8 },
    ]);
  });

  it('regenerates recovery codes on the password or a code; the old ones stop working', async () => {
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const wrong = await api.http
      .post('/auth/two-factor/recovery-codes')
      .set(as(judge.token))
      .send({ password: 'not the password at all' })
      .expect(400);
    expect(wrong.body.details).toEqual([{ field: 'password', message: expect.any(String) }]);
    const fresh = await api.http
      .post('/auth/two-factor/recovery-codes')
      .set(as(judge.token))
      .send({ code: await totpCode(judge.secret) })
      .expect(200);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    const { challenge } = (await login(judge.account.email, judge.account.password)).body;
    await secondFactor(challenge, { recoveryCode: judge.recoveryCodes[0] }).expect(400);
    await secondFactor(challenge, { recoveryCode: fresh.body.recoveryCodes[0] }).expect(200);
  });

  it('disables on the password or a code, ending other sessions', async () => {
    // Attempts are limited per account (enabling was one), so this account starts afresh.
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const disabled = await api.http
      .post('/auth/two-factor/disable')
      .set(as(judge.token))
      .send({ password: judge.account.password })
      .expect(200);
    await me(judge.token).expect(401);
    expect(await status(disabled.body.accessToken)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await login(judge.account.email, judge.account.password)).body.accessToken).toBeDefined();
    await api.http
      .post('/auth/two-factor/disable')
      .set(as(disabled.body.accessToken))
      .send({ password: judge.account.password })
      .expect(409);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM user_recovery_codes WHERE user_id = $1`,
      [judge.id],
    );
    expect(n).toBe(0);
  });

  it('limits code attempts per account, across the routes that take one', async () => {
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const { challenge } = (await login(judge.account.email, judge.account.password)).body;
    const right = await totpCode(judge.secret);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) await secondFactor(challenge, { code: wrongCode }).expect(400);
    // Enabling was the first attempt; this makes five.
    await api.http
      .post('/auth/two-factor/recovery-codes')
      .set(as(judge.token))
      .send({ code: wrongCode })
      .expect(400);
    const limited = await secondFactor(challenge, { code: right }).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    const failures = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'auth.two-factor-failed'`,
      [judge.id],
    );
    expect(failures[0].n).toBe(4);
  });

  it('is offered to organizers and judges only', async () => {
    const enterprise = await registeredEnterpriseUser(api.http);
    await api.http.post('/auth/two-factor/setup').set(as(enterprise.token)).expect(403);
    await api.http.get('/auth/two-factor').set(as(enterprise.token)).expect(403);
  });

  it('never lets a password reset skip the second factor', async () => {
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    await api.http.post('/auth/password-reset').send({ email: judge.account.email }).expect(202);
    const token = (await passwordResetToken(api.dataSource, judge.account.email)) as string;
    const res = await api.http
      .post('/auth/password-reset/confirm')
      .send({ token, newPassword: 'a reset passphrase for a judge' })
      .expect(200);
    expect(res.body).toEqual({ twoFactorRequired: true, challenge: expect.any(String) });
    await me(judge.token).expect(401);
    const signedIn = await secondFactor(res.body.challenge, { code: await totpCode(judge.secret) }).expect(
      200,
    );
    await me(signedIn.body.accessToken).expect(200);
  });

  it('keeps the second factor of a session through a password change', async () => {
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const changed = await api.http
      .post('/auth/password')
      .set(as(judge.token))
      .send({ currentPassword: judge.account.password, newPassword: 'a changed passphrase for the judge' })
      .expect(200);
    expect((await status(changed.body.accessToken)).thisSessionSecondFactor).toBe(true);
    // A challenge issued before the change is void: the account's token version moved on.
    const { challenge } = (await login(judge.account.email, 'a changed passphrase for the judge')).body;
    await api.http
      .post('/auth/password')
      .set(as(changed.body.accessToken))
      .send({
        currentPassword: 'a changed passphrase for the judge',
        newPassword: 'yet another passphrase here',
      })
      .expect(200);
    await secondFactor(challenge, { code: await totpCode(judge.secret) }).expect(401);
  });
});
